package io.mag.keycloak.access.dashboard;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.enforcement.ApplicationAccessDecision;
import io.mag.keycloak.access.request.AccessRequestFiling;
import io.mag.keycloak.access.request.AccessRequestWithdrawal;
import io.mag.keycloak.common.FormNonce;

/**
 * The MAG dashboard as a page of the login theme, started from the account console like the
 * gateway's other pages: the user's applications with Launch and whether OTP is required, the
 * applications of their organizations they may request (Request, with an optional note, filed
 * exactly as from the refusal page or the REST API), their pending requests (Withdraw), and the
 * My 2FA Credentials links. A posted Request or Withdraw is accepted once (form nonce). Done
 * returns to the console.
 */
final class DashboardAction implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("dashboard");

    /** Started from the account console ({@code kc_action}); never assigned to users. */
    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(page(context, null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst("operation");
        if ("done".equals(operation)) {
            context.success();
            return;
        }
        if (!"request".equals(operation) && !"withdraw".equals(operation)) {
            context.challenge(page(context, null, null));
            return;
        }
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            context.challenge(page(context, "magDashboardStale", null));
            return;
        }
        if ("withdraw".equals(operation)) {
            withdraw(context, form.getFirst("requestId"));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String clientId = form.getFirst("clientId");
        ClientModel client = clientId == null ? null : realm.getClientByClientId(clientId);
        if (client == null || !PartnerApplications.isPartnerApplication(client)) {
            context.challenge(page(context, "magAccessApplicationNotFound", null));
            return;
        }
        ApplicationAccessDecision.Outcome outcome = new ApplicationAccessDecision(session, realm).decide(context.getUser(), client);
        if (outcome.allowed() || outcome.subscribedOrganization() == null) {
            // Access meanwhile granted, or the subscription ended: the page shows where things stand now.
            context.challenge(page(context, null, null));
            return;
        }
        AccessRequestFiling.Result filed = new AccessRequestFiling(session, realm)
                .file(context.getUser(), outcome.subscribedOrganization(), client, form.getFirst("note"));
        if (filed.outcome() == AccessRequestFiling.Outcome.NOTE_TOO_LONG) {
            context.challenge(page(context, filed.messageKey(), null, AccessRequestFiling.NOTE_MAX));
            return;
        }
        context.challenge(page(context, null, filed.messageKey()));
    }

    /** Withdraws one of the user's pending requests; someone else's or an unknown one is "no such request". */
    private static void withdraw(RequiredActionContext context, String requestId) {
        EventBuilder refusal = context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(context.getUser());
        AccessRequestWithdrawal.PageOutcome outcome = new AccessRequestWithdrawal(context.getSession(), context.getRealm())
                .withdrawFromPage(requestId, context.getUser(), refusal);
        context.challenge(outcome == AccessRequestWithdrawal.PageOutcome.WITHDRAWN
                ? page(context, null, outcome.messageKey())
                : page(context, outcome.messageKey(), null));
    }

    private static Response page(RequiredActionContext context, String error, String success, Object... parameters) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        String account = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()).toString();
        LoginFormsProvider form = context.form().setAttribute(DashboardPage.ATTRIBUTE, new DashboardPage(
                Dashboard.of(session, realm, context.getUser()), NONCE.issue(context.getAuthenticationSession()), account));
        if (error != null) {
            form.setError(error, parameters);
        }
        if (success != null) {
            form.setSuccess(success);
        }
        return form.createForm(DashboardPage.TEMPLATE);
    }

    @Override
    public void close() {
    }
}
