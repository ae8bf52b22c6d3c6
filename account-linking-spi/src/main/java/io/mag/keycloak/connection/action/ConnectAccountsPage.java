package io.mag.keycloak.connection.action;

import java.util.List;

/** What the Connect Accounts templates show, as the {@value #ATTRIBUTE} template attribute. */
public final class ConnectAccountsPage {

    static final String ATTRIBUTE = "magConnect";

    private final List<AccountView> children;
    private final List<AccountView> eligible;
    private final List<AccountView> ineligible;
    private final AccountView pendingDisconnect;
    private final String formNonce;

    ConnectAccountsPage(List<AccountView> children, List<AccountView> eligible, List<AccountView> ineligible,
                        AccountView pendingDisconnect, String formNonce) {
        this.children = children;
        this.eligible = eligible;
        this.ineligible = ineligible;
        this.pendingDisconnect = pendingDisconnect;
        this.formNonce = formNonce;
    }

    /** Accounts connected to the signed-in user. */
    public List<AccountView> getChildren() {
        return children;
    }

    /** Accounts sharing the user's name and email that can be connected. */
    public List<AccountView> getEligible() {
        return eligible;
    }

    /** Accounts sharing the user's name and email that cannot be connected, each with its reason. */
    public List<AccountView> getIneligible() {
        return ineligible;
    }

    /** The child the user asked to disconnect, on the confirmation page. */
    public AccountView getPendingDisconnect() {
        return pendingDisconnect;
    }

    public String getFormNonce() {
        return formNonce;
    }
}
