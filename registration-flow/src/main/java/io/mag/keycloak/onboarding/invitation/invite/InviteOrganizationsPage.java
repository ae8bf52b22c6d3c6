package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

/**
 * What mag-invite-organizations.ftl shows ({@code magInvite}). Dates are UTC days. Plain getters,
 * not records: Keycloak's FreeMarker object wrapper does not expose record accessors.
 */
public final class InviteOrganizationsPage {

    private final boolean allowed;
    private final String organizationName;
    private final String formNonce;
    private final List<Application> applications;
    private final String companyName;
    private final String contactEmail;
    private final String contactLocale;
    private final String searchQuery;
    private final boolean searched;
    private final List<OrganizationMatch> matches;
    private final List<Row> invitations;
    private final boolean offering;

    InviteOrganizationsPage(boolean allowed, String organizationName, String formNonce, List<Application> applications,
                            String companyName, String contactEmail, String contactLocale, String searchQuery, boolean searched,
                            List<OrganizationMatch> matches, List<Row> invitations, boolean offering) {
        this.allowed = allowed;
        this.organizationName = organizationName;
        this.formNonce = formNonce;
        this.applications = List.copyOf(applications);
        this.companyName = companyName;
        this.contactEmail = contactEmail;
        this.contactLocale = contactLocale;
        this.searchQuery = searchQuery;
        this.searched = searched;
        this.matches = List.copyOf(matches);
        this.invitations = List.copyOf(invitations);
        this.offering = offering;
    }

    /**
     * True when the inviter may offer the partner's applications to an organization the search
     * found registered: a Service Provider Administrator (an Adoption Administrator invites only).
     */
    public boolean isOffering() {
        return offering;
    }

    /** False: the user may not invite; the page shows why and a way back only. */
    public boolean isAllowed() {
        return allowed;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    /** Single-use token for the next post. */
    public String getFormNonce() {
        return formNonce;
    }

    public List<Application> getApplications() {
        return applications;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** The language typed for the invitation email; null: preselect the page's own language. */
    public String getContactLocale() {
        return contactLocale;
    }

    public String getSearchQuery() {
        return searchQuery;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<OrganizationMatch> getMatches() {
        return matches;
    }

    public List<Row> getInvitations() {
        return invitations;
    }

    /** A partner application offered in the invite form. */
    public static final class Application {
        private final String clientId;
        private final String name;
        private final boolean checked;

        Application(String clientId, String name, boolean checked) {
            this.clientId = clientId;
            this.name = name;
            this.checked = checked;
        }

        public String getClientId() {
            return clientId;
        }

        public String getName() {
            return name;
        }

        public boolean isChecked() {
            return checked;
        }
    }

    /** One invitation of the partner; {@code status} is pending, registered, expired or revoked. */
    public static final class Row {
        private final String id;
        private final String companyName;
        private final String contactEmail;
        private final String status;
        private final String sentOn;
        private final String expiresOn;
        private final int sendCount;
        private final String applications;
        private final boolean resendable;
        private final boolean revocable;

        Row(String id, String companyName, String contactEmail, String status, String sentOn, String expiresOn,
            int sendCount, String applications, boolean resendable, boolean revocable) {
            this.id = id;
            this.companyName = companyName;
            this.contactEmail = contactEmail;
            this.status = status;
            this.sentOn = sentOn;
            this.expiresOn = expiresOn;
            this.sendCount = sendCount;
            this.applications = applications;
            this.resendable = resendable;
            this.revocable = revocable;
        }

        public String getId() {
            return id;
        }

        public String getCompanyName() {
            return companyName;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public String getStatus() {
            return status;
        }

        public String getSentOn() {
            return sentOn;
        }

        public String getExpiresOn() {
            return expiresOn;
        }

        public int getSendCount() {
            return sendCount;
        }

        public String getApplications() {
            return applications;
        }

        public boolean isResendable() {
            return resendable;
        }

        public boolean isRevocable() {
            return revocable;
        }
    }
}
