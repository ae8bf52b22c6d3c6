package io.mag.keycloak.access.enforcement;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.AccessRequestFiling;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;

/**
 * Ends an interactive sign-in to a partner application the user may not reach on the refusal
 * page, whatever flow authenticated the user and whatever the protocol: Keycloak evaluates every
 * enabled required action's triggers after any flow authenticated the user, before the SSO
 * cookie, the code or the SAML assertion. The only enforcement point for SAML (no client policy
 * sees the user of a SAML sign-in); for OpenID Connect the client policy executor
 * {@code mag-application-access} is the backstop for grants without a page. The trigger adds the
 * action to the authentication session only, never to the user.
 *
 * <p>On a refusal for lack of access (the organization is subscribed), the page offers Request
 * access with an optional note; the posted form files the request and says so. The sign-in goes
 * on from here only for an application that grants access on request; otherwise access comes
 * with an Application Administrator's approval, and the user signs in again.
 */
final class ApplicationAccessRefusal implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("application-access");
    static final String NOTE = "note";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (!decision(context).allowed()) {
            authSession.addRequiredAction(ApplicationAccessRefusalFactory.PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        ApplicationAccessDecision.Outcome outcome = decision(context);
        if (outcome.allowed()) {
            pass(context);
            return;
        }
        refuse(context, outcome, null);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        ApplicationAccessDecision.Outcome outcome = decision(context);
        if (outcome.allowed()) {
            pass(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (outcome.subscribedOrganization() == null
                || !NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            // Not subscribed (nothing to request), or a re-posted or outdated page: show it again, nothing filed.
            refuse(context, outcome, null);
            return;
        }
        AccessRequestFiling.Result result = new AccessRequestFiling(context.getSession(), context.getRealm())
                .file(context.getUser(), outcome.subscribedOrganization(), client(context), form.getFirst(NOTE));
        if (result.outcome() == AccessRequestFiling.Outcome.GRANTED) {
            // Granted on request: the sign-in goes on to the application.
            pass(context);
            return;
        }
        refuse(context, outcome, result);
    }

    private static void pass(RequiredActionContext context) {
        context.getAuthenticationSession().removeRequiredAction(ApplicationAccessRefusalFactory.PROVIDER_ID);
        context.success();
    }

    /** The refusal page (403), with the refusal's event; after a request, its outcome instead of the form. */
    private static void refuse(RequiredActionContext context, ApplicationAccessDecision.Outcome outcome, AccessRequestFiling.Result filed) {
        UserModel user = context.getUser();
        ClientModel client = client(context);
        ApplicationAccessDecision.Refusal refusal = outcome.refusal().orElseThrow();
        KeycloakSession session = context.getSession();
        if (filed == null) {
            context.getEvent().user(user)
                    .detail(MagEvents.CLIENT_ID, client.getClientId())
                    .detail(MagEvents.REFUSAL, refusal.code())
                    .error(MagEvents.APPLICATION_ACCESS_DENIED);
        }
        OrganizationModel organization = outcome.subscribedOrganization();
        boolean pending = organization != null
                && new AccessRequests(session).pending(context.getRealm(), user.getId(), client.getId()).isPresent();
        String nonce = organization != null && !pending ? NONCE.issue(context.getAuthenticationSession()) : null;
        String partner = PartnerApplications.owningPartner(session, client).map(OrganizationModel::getName).orElse(null);
        RefusalPage page = new RefusalPage(refusal.code(), PartnerApplications.displayName(client), partner, nonce, pending);
        var form = context.form().setAttribute(RefusalPage.ATTRIBUTE, page);
        if (filed != null) {
            form.setInfo(filed.messageKey());
        }
        Response response = form.setStatus(Response.Status.FORBIDDEN).createForm(RefusalPage.TEMPLATE);
        context.challenge(response);
    }

    private static ApplicationAccessDecision.Outcome decision(RequiredActionContext context) {
        return new ApplicationAccessDecision(context.getSession(), context.getRealm()).decide(context.getUser(), client(context));
    }

    private static ClientModel client(RequiredActionContext context) {
        return context.getAuthenticationSession().getClient();
    }

    @Override
    public void close() {
    }
}
