package io.mag.keycloak.access.enforcement;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.MessageType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.request.AccessRequestFiling;
import io.mag.keycloak.access.request.AccessRequestWithdrawal;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
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
 * access with an optional note; the posted form files the request and says so. While the
 * request is pending the page says so and offers Withdraw, the dashboard's withdrawal. Each
 * post is accepted once (form nonce): an outdated copy of the page changes nothing and says so. The sign-in goes
 * on from here only for an application that grants access on request; otherwise access comes
 * with an Application Administrator's approval, and the user signs in again.
 */
final class ApplicationAccessRefusal implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("application-access");
    static final String NOTE = "note";
    static final String OPERATION = "operation";
    static final String WITHDRAW = "withdraw";
    static final String REQUEST_ID = "requestId";
    /** {@code mag_refusal} of a post from an outdated copy of the page. */
    static final String FORM_EXPIRED = "form_expired";

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
        OrganizationModel organization = outcome.subscribedOrganization();
        if (organization == null) {
            // Not subscribed: nothing to request or withdraw; the page as it is.
            refuse(context, outcome, null);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        boolean withdraw = WITHDRAW.equals(form.getFirst(OPERATION));
        UserModel user = context.getUser();
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            // A re-posted or outdated copy of the page (back button, double submit, replay): nothing filed or withdrawn.
            AccessEvents.of(context.getSession(), context.getRealm(), withdraw ? MagEvents.ACCESS_REQUEST_WITHDRAWN : MagEvents.ACCESS_REQUESTED,
                            organization.getId(), client(context))
                    .user(user)
                    .detail(MagEvents.REFUSAL, FORM_EXPIRED)
                    .error(Errors.INVALID_FORM);
            refuse(context, outcome, new Notice(MessageType.ERROR, "magAccessPageExpired"));
            return;
        }
        if (withdraw) {
            // The dashboard's Withdraw, for the request this page shows as pending.
            EventBuilder refusal = context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(user);
            AccessRequestWithdrawal.PageOutcome withdrawn = new AccessRequestWithdrawal(context.getSession(), context.getRealm())
                    .withdrawFromPage(form.getFirst(REQUEST_ID), user, refusal);
            refuse(context, outcome, new Notice(withdrawn == AccessRequestWithdrawal.PageOutcome.WITHDRAWN ? MessageType.SUCCESS : MessageType.ERROR,
                    withdrawn.messageKey()));
            return;
        }
        AccessRequestFiling.Result result = new AccessRequestFiling(context.getSession(), context.getRealm())
                .file(user, organization, client(context), form.getFirst(NOTE));
        if (result.outcome() == AccessRequestFiling.Outcome.GRANTED) {
            // Granted on request: the sign-in goes on to the application.
            pass(context);
            return;
        }
        refuse(context, outcome, result.outcome() == AccessRequestFiling.Outcome.NOTE_TOO_LONG
                ? new Notice(MessageType.ERROR, result.messageKey(), AccessRequestFiling.NOTE_MAX)
                : new Notice(MessageType.INFO, result.messageKey()));
    }

    private static void pass(RequiredActionContext context) {
        context.getAuthenticationSession().removeRequiredAction(ApplicationAccessRefusalFactory.PROVIDER_ID);
        context.success();
    }

    /** A message on the page, telling the outcome of what the user posted. */
    private record Notice(MessageType type, String key, Object... parameters) {
    }

    /**
     * The refusal page (403). Shown without a notice, it records the refusal's event; with one,
     * the posted operation recorded its own. Its form carries a fresh nonce: Request access, or
     * Withdraw of the user's pending request.
     */
    private static void refuse(RequiredActionContext context, ApplicationAccessDecision.Outcome outcome, Notice notice) {
        UserModel user = context.getUser();
        ClientModel client = client(context);
        ApplicationAccessDecision.Refusal refusal = outcome.refusal().orElseThrow();
        KeycloakSession session = context.getSession();
        if (notice == null) {
            context.getEvent().user(user)
                    .detail(MagEvents.CLIENT_ID, client.getClientId())
                    .detail(MagEvents.REFUSAL, refusal.code())
                    .error(MagEvents.APPLICATION_ACCESS_DENIED);
        }
        OrganizationModel organization = outcome.subscribedOrganization();
        String pendingRequestId = organization == null ? null
                : new AccessRequests(session).pending(context.getRealm(), user.getId(), client.getId()).map(AccessRequestEntity::getId).orElse(null);
        String nonce = organization != null ? NONCE.issue(context.getAuthenticationSession()) : null;
        String partner = PartnerApplications.owningPartner(session, client).map(OrganizationModel::getName).orElse(null);
        RefusalPage page = new RefusalPage(refusal.code(), PartnerApplications.displayName(client), partner, nonce, pendingRequestId);
        var form = context.form().setAttribute(RefusalPage.ATTRIBUTE, page);
        if (notice != null) {
            form.setMessage(notice.type(), notice.key(), notice.parameters());
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
