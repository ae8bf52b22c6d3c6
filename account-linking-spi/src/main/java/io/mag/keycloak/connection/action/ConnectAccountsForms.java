package io.mag.keycloak.connection.action;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.connection.AccountConnections;

/** Renders the two pages of the action (templates in the mag login theme), each with a fresh form nonce. */
final class ConnectAccountsForms {

    static final String LIST_TEMPLATE = "mag-connect-accounts.ftl";
    static final String CONFIRM_TEMPLATE = "mag-connect-accounts-disconnect.ftl";
    static final FormNonce NONCE = new FormNonce("connect-accounts");

    /** A message for the top of the page: a message key and its parameters. */
    record Notice(boolean error, String key, Object... parameters) {
        static Notice error(String key, Object... parameters) {
            return new Notice(true, key, parameters);
        }

        static Notice success(String key, Object... parameters) {
            return new Notice(false, key, parameters);
        }
    }

    private final RequiredActionContext context;

    ConnectAccountsForms(RequiredActionContext context) {
        this.context = context;
    }

    Response list(Notice notice) {
        KeycloakSession session = context.getSession();
        UserModel parent = context.getUser();
        AccountConnections connections = new AccountConnections(session, context.getRealm());

        List<AccountView> children = connections.childrenOf(parent).stream()
                .map(child -> AccountView.of(session, child, null))
                .toList();
        List<AccountConnections.Candidate> candidates = connections.sameIdentityAccounts(parent);
        List<AccountView> eligible = candidates.stream()
                .filter(AccountConnections.Candidate::eligible)
                .map(c -> AccountView.of(session, c.account(), null))
                .toList();
        List<AccountView> ineligible = candidates.stream()
                .filter(c -> !c.eligible())
                // Own children are listed as such, not as "cannot be connected".
                .filter(c -> children.stream().noneMatch(child -> child.getId().equals(c.account().getId())))
                .map(c -> AccountView.of(session, c.account(), c.refusal().orElseThrow()))
                .toList();

        if (notice == null && !parent.isEmailVerified()) {
            // sameIdentityAccounts lists nothing until the parent has proven its address.
            notice = Notice.error("magConnectVerifyEmailFirst");
        }
        return form(notice, new ConnectAccountsPage(children, eligible, ineligible, null, nonce()))
                .createForm(LIST_TEMPLATE);
    }

    Response confirmDisconnect(UserModel child) {
        AccountView pending = AccountView.of(context.getSession(), child, null);
        return form(null, new ConnectAccountsPage(List.of(), List.of(), List.of(), pending, nonce()))
                .createForm(CONFIRM_TEMPLATE);
    }

    private String nonce() {
        return NONCE.issue(context.getAuthenticationSession());
    }

    private LoginFormsProvider form(Notice notice, ConnectAccountsPage page) {
        LoginFormsProvider form = context.form().setAttribute(ConnectAccountsPage.ATTRIBUTE, page);
        if (notice != null) {
            if (notice.error()) {
                form.setError(notice.key(), notice.parameters());
            } else {
                form.setSuccess(notice.key(), notice.parameters());
            }
        }
        return form;
    }
}
