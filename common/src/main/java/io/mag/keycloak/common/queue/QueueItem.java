package io.mag.keycloak.common.queue;

import java.util.Map;

/**
 * A pending request as the operator's queue shows it.
 *
 * @param source       the id of the {@link OperatorQueueSourceFactory} that holds it
 * @param id           the request's id in that source (the id its admin REST uses)
 * @param kind         a short code of what is requested, e.g. {@code registration}, {@code company-name}
 * @param organization the organization's name
 * @param subject      who or what the request is about (a User ID, the organization's name)
 * @param submittedAt  epoch milliseconds
 * @param details      the request's data as code → value, in display order (values are user data)
 */
public record QueueItem(String source, String id, String kind, String organization, String subject, long submittedAt,
                        Map<String, String> details) {

    public QueueItem {
        details = details == null ? Map.of() : details;
    }

    /** Identifies the item across sources. */
    public String key() {
        return source + "/" + id;
    }
}
