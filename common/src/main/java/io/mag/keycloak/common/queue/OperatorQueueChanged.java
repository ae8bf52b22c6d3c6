package io.mag.keycloak.common.queue;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;

/**
 * A request entered or left a realm's queue (filed, decided, withdrawn), published in the
 * transaction that changed it. The admin console's queue page listens (a provider event, so the
 * source needs no dependency on it) and mirrors the change in the same transaction.
 */
public record OperatorQueueChanged(KeycloakSession session, RealmModel realm) implements ProviderEvent {

    /** Tells every listener; a no-op when nobody listens (the queue page is off). */
    public static void publish(KeycloakSession session, RealmModel realm) {
        session.getKeycloakSessionFactory().publish(new OperatorQueueChanged(session, realm));
    }
}
