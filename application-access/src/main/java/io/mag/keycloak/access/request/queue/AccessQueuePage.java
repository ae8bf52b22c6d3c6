package io.mag.keycloak.access.request.queue;

import java.util.List;

/**
 * What the queue page ({@code mag-access-requests.ftl}) shows, as the {@value #ATTRIBUTE}
 * template attribute. Getters, not records: Keycloak's FreeMarker object wrapper does not
 * expose record accessors. Names and notes are printed with FreeMarker's HTML escaping.
 */
public final class AccessQueuePage {

    static final String ATTRIBUTE = "magQueue";
    static final String TEMPLATE = "mag-access-requests.ftl";

    private final List<Row> requests;
    private final String formNonce;

    AccessQueuePage(List<Row> requests, String formNonce) {
        this.requests = requests;
        this.formNonce = formNonce;
    }

    public List<Row> getRequests() {
        return requests;
    }

    public String getFormNonce() {
        return formNonce;
    }

    /** One pending request. */
    public static final class Row {
        private final String id;
        private final String requester;
        private final String username;
        private final String organization;
        private final String application;
        private final String note;

        Row(String id, String requester, String username, String organization, String application, String note) {
            this.id = id;
            this.requester = requester;
            this.username = username;
            this.organization = organization;
            this.application = application;
            this.note = note;
        }

        public String getId() {
            return id;
        }

        public String getRequester() {
            return requester;
        }

        public String getUsername() {
            return username;
        }

        public String getOrganization() {
            return organization;
        }

        public String getApplication() {
            return application;
        }

        public String getNote() {
            return note;
        }
    }
}
