package io.mag.keycloak.common.queue;

import java.util.Map;

import org.keycloak.events.admin.ResourceType;

/**
 * The admin event of a decision, as the source's admin REST records it: the resource the decision
 * changed (ORGANIZATION for a registration or an organization's change, USER for a user's), the
 * path of the request in the source's admin REST, and what was decided. The admin console's queue
 * records the same event for the same decision.
 */
public record QueueDecided(ResourceType resourceType, String resourcePath, Map<String, String> representation) {
}
