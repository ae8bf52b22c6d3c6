package io.mag.keycloak.orgadmin.queue;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ui.extend.UiPageProvider;

import io.mag.keycloak.common.queue.QueueItem;

/**
 * Keeps the queue page's items (components of the realm, which is all a declarative admin page
 * can list) equal to the sources' pending requests: adds the missing ones, removes the decided
 * ones, in the caller's transaction. Runs whenever a source publishes a change, so a REST decision
 * removes the console's item too.
 */
final class QueueMirror {

    private static final Logger LOG = Logger.getLogger(QueueMirror.class);

    /** Session attribute set while the mirror creates items (the console may not create any). */
    static final String SYNCING = QueueMirror.class.getName() + ".syncing";

    private final KeycloakSession session;
    private final RealmModel realm;

    QueueMirror(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void sync() {
        Map<String, QueueItem> wanted = new HashMap<>();
        new QueueSources(session).pending(realm).forEach(item -> wanted.put(item.key(), item));
        Map<String, ComponentModel> present = new HashMap<>();
        // Collected first: removing while streaming the realm's components fails (ConcurrentModificationException).
        realm.getComponentsStream(realm.getId(), UiPageProvider.class.getName())
                .filter(c -> OperatorQueuePageFactory.PROVIDER_ID.equals(c.getProviderId()))
                .toList()
                .forEach(c -> {
                    if (!wanted.containsKey(c.getName()) || present.containsKey(c.getName())) {
                        realm.removeComponent(c);
                    } else {
                        present.put(c.getName(), c);
                    }
                });
        session.setAttribute(SYNCING, Boolean.TRUE);
        try {
            wanted.values().stream()
                    .filter(item -> !present.containsKey(item.key()))
                    .forEach(item -> realm.addComponentModel(QueueItemFields.toComponent(realm.getId(), item)));
        } finally {
            session.removeAttribute(SYNCING);
        }
        LOG.debugf("Operator queue of realm %s: %d pending", realm.getName(), wanted.size());
    }
}
