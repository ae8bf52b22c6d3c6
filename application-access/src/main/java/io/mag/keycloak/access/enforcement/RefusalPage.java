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
    private final boolean requestPending;

    RefusalPage(String refusal, String application, String partner, String formNonce, boolean requestPending) {
        this.refusal = refusal;
        this.application = application;
        this.partner = partner;
        this.formNonce = formNonce;
        this.requestPending = requestPending;
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

    /** Nonce of the Request access form; null when no form is shown. */
    public String getFormNonce() {
        return formNonce;
    }

    /** The user has already requested access and it has not been decided. */
    public boolean isRequestPending() {
        return requestPending;
    }
}
