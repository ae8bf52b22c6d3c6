package io.mag.keycloak.orgadmin.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderFactory;

import io.mag.keycloak.common.queue.OperatorQueueSource;
import io.mag.keycloak.common.queue.QueueItem;

/** Every deployed {@link OperatorQueueSource} of the session. */
final class QueueSources {

    /** Per source; the console loads the whole list at once, so it stays bounded. */
    static final int MAX_PER_SOURCE = 500;

    private final KeycloakSession session;

    QueueSources(KeycloakSession session) {
        this.session = session;
    }

    /** All pending items, oldest first. */
    List<QueueItem> pending(RealmModel realm) {
        List<QueueItem> items = new ArrayList<>();
        session.getKeycloakSessionFactory().getProviderFactoriesStream(OperatorQueueSource.class)
                .map(ProviderFactory::getId)
                .forEach(id -> items.addAll(session.getProvider(OperatorQueueSource.class, id).pending(realm, MAX_PER_SOURCE)));
        items.sort(Comparator.comparingLong(QueueItem::submittedAt));
        return items;
    }

    /** The source of an item key {@code <source>/<id>}, with the id. */
    Optional<Target> target(String key) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        OperatorQueueSource source = session.getProvider(OperatorQueueSource.class, key.substring(0, slash));
        return source == null ? Optional.empty() : Optional.of(new Target(source, key.substring(slash + 1)));
    }

    record Target(OperatorQueueSource source, String requestId) {
    }
}
