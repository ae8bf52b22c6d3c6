package io.mag.keycloak.access.offer.page;

import java.util.List;

/**
 * What the Partner Applications page ({@code mag-organization-applications.ftl}) shows, as the
 * {@value #ATTRIBUTE} template attribute: the offers awaiting an answer and the applications
 * open to public registration, each with the organization's members to choose Application
 * Administrators from. Getters, not records: Keycloak's FreeMarker object wrapper does not expose
 * record accessors. Every name is printed with FreeMarker's HTML escaping.
 */
public final class OrganizationApplicationsPage {

    static final String ATTRIBUTE = "magApps";
    static final String TEMPLATE = "mag-organization-applications.ftl";

    private final boolean allowed;
    private final List<Offer> offers;
    private final List<Open> open;
    private final String formNonce;

    OrganizationApplicationsPage(boolean allowed, List<Offer> offers, List<Open> open, String formNonce) {
        this.allowed = allowed;
        this.offers = offers;
        this.open = open;
        this.formNonce = formNonce;
    }

    /** False: the user administers no organization; the page says so and offers a way back only. */
    public boolean isAllowed() {
        return allowed;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public List<Open> getOpen() {
        return open;
    }

    public String getFormNonce() {
        return formNonce;
    }

    /** A member who may be chosen as Application Administrator. */
    public static final class Member {
        private final String id;
        private final String name;
        private final String username;

        Member(String id, String name, String username) {
            this.id = id;
            this.name = name;
            this.username = username;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getUsername() {
            return username;
        }
    }

    /** A partner's offer awaiting the organization's answer. */
    public static final class Offer {
        private final String id;
        private final String partner;
        private final String application;
        private final String organization;
        private final String inviter;
        private final List<Member> members;

        Offer(String id, String partner, String application, String organization, String inviter, List<Member> members) {
            this.id = id;
            this.partner = partner;
            this.application = application;
            this.organization = organization;
            this.inviter = inviter;
            this.members = members;
        }

        public String getId() {
            return id;
        }

        public String getPartner() {
            return partner;
        }

        public String getApplication() {
            return application;
        }

        public String getOrganization() {
            return organization;
        }

        public String getInviter() {
            return inviter;
        }

        public List<Member> getMembers() {
            return members;
        }
    }

    /** An application open to public registration, for one organization the user administers. */
    public static final class Open {
        private final String clientId;
        private final String application;
        private final String partner;
        private final String organizationId;
        private final String organization;
        private final boolean subscribed;
        private final List<Member> members;

        Open(String clientId, String application, String partner, String organizationId, String organization, boolean subscribed,
                List<Member> members) {
            this.clientId = clientId;
            this.application = application;
            this.partner = partner;
            this.organizationId = organizationId;
            this.organization = organization;
            this.subscribed = subscribed;
            this.members = members;
        }

        public String getClientId() {
            return clientId;
        }

        public String getApplication() {
            return application;
        }

        public String getPartner() {
            return partner;
        }

        public String getOrganizationId() {
            return organizationId;
        }

        public String getOrganization() {
            return organization;
        }

        public boolean isSubscribed() {
            return subscribed;
        }

        public List<Member> getMembers() {
            return members;
        }
    }
}
