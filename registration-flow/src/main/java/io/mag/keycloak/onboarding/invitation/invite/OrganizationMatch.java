package io.mag.keycloak.onboarding.invitation.invite;

/**
 * An existing organization found by an inviter's search, shown on the page and returned by REST:
 * its name and whether the name or the email domain matched, which is all an inviter needs to not
 * invite it twice. Nothing else of it (id, alias, type, status, other domains) leaves the server:
 * the organizations of other partners' invitations, pending ones included, are not a directory.
 * The page offers a found organization the partner's applications by the match's position in the
 * search repeated on the server ({@link InviteOrganizationsAction}).
 * Getters, not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
 */
public final class OrganizationMatch {

    /** What the query matched: the name, or a domain of the organization. */
    static final String BY_NAME = "name";
    static final String BY_DOMAIN = "domain";

    private final String name;
    private final String matchedBy;
    /** Kept on the server: package-private and ignored by JSON, so neither the page nor REST shows it. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    private final transient String organizationId;

    OrganizationMatch(String name, String matchedBy, String organizationId) {
        this.name = name;
        this.matchedBy = matchedBy;
        this.organizationId = organizationId;
    }

    /** The organization's id, for offering it an application (never rendered: not a public getter). */
    String organizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getMatchedBy() {
        return matchedBy;
    }
}
