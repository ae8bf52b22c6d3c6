package io.mag.keycloak.access.enforcement;

/**
 * What the refusal page (login theme, {@code mag-application-access-refusal.ftl}) shows, as the
 * {@value #ATTRIBUTE} template attribute. Names are printed with FreeMarker's HTML escaping.
 */
public final class RefusalPage {

    static final String ATTRIBUTE = "magAccess";
    static final String TEMPLATE = "mag-application-access-refusal.ftl";

    private final String refusal;
    private final String application;
    private final String partner;
    private final String formNonce;
    private final String pendingRequestId;

    RefusalPage(String refusal, String application, String partner, String formNonce, String pendingRequestId) {
        this.refusal = refusal;
        this.application = application;
        this.partner = partner;
        this.formNonce = formNonce;
        this.pendingRequestId = pendingRequestId;
    }

    /** {@code no_access} or {@code not_subscribed}. */
    public String getRefusal() {
        return refusal;
    }

    public String getApplication() {
        return application;
    }

    /** The owning partner's name, to contact about a subscription; null when unknown. */
    public String getPartner() {
        return partner;
    }

    /** Nonce of the page's form (Request access or Withdraw); null when no form is shown. */
    public String getFormNonce() {
        return formNonce;
    }

    /** The user has already requested access and it has not been decided. */
    public boolean isRequestPending() {
        return pendingRequestId != null;
    }

    /** The id of that pending request, posted by Withdraw; null when there is none. */
    public String getPendingRequestId() {
        return pendingRequestId;
    }
}
