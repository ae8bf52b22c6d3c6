package io.mag.keycloak.access.rest;

import java.util.List;

/**
 * Body of accepting an offer or registering for a public application: the user ids of the
 * organization's members who become the application's Application Administrators (1 to 25; for a
 * public registration, none means the caller), and for a public registration the organization's
 * id (optional when the caller administers one organization only).
 */
public record AcceptBody(List<String> administrators, String organizationId) {
}
