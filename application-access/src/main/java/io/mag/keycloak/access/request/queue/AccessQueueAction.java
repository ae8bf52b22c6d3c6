package io.mag.keycloak.access.request.queue;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.AccessRequestDecisions;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * The Application Administrator's queue as a page of the login theme: the pending requests of
 * every application they administer, in each of their organizations, with Approve and Deny (a
 * reason is required). Every decision goes through {@link AccessRequestDecisions}, the same
 * checks as the REST queue (the role for that application and organization, never one's own
 * request); a posted page is accepted once (form nonce). Done returns to the account console.
 */
final class AccessQueueAction implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("access-requests");

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
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            context.challenge(page(context, "magAccessQueueStale", null));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        AccessRequestEntity request = new AccessRequests(session).find(realm, form.getFirst("requestId")).orElse(null);
        if (request == null) {
            context.challenge(page(context, "magAccessRequestNotFound", null));
            return;
        }
        EventBuilder event = context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(context.getUser());
        AccessRequestDecisions decisions = new AccessRequestDecisions(session, realm);
        try {
            if ("approve".equals(operation)) {
                decisions.approve(request, context.getUser(), event);
                context.challenge(page(context, null, "magAccessQueueApproved"));
            } else if ("deny".equals(operation)) {
                String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason").strip();
                if (reason.isEmpty() || reason.length() > AccessRequestDecisions.REASON_MAX) {
                    context.challenge(page(context, reason.isEmpty() ? "magAccessDenyReasonRequired" : "magAccessDenyReasonTooLong", null));
                    return;
                }
                decisions.deny(request, context.getUser(), reason, event);
                context.challenge(page(context, null, "magAccessQueueDenied"));
            } else {
                context.challenge(page(context, null, null));
            }
        } catch (OrganizationForbidden e) {
            context.challenge(page(context, e.messageKey(), null));
        } catch (AccessRequestDecisions.OwnRequest e) {
            context.challenge(page(context, "magAccessOwnRequest", null));
        } catch (AccessRequestDecisions.AlreadyDecided e) {
            context.challenge(page(context, "magAccessRequestDecided", null));
        } catch (AccessRequestDecisions.Gone e) {
            context.challenge(page(context, "magAccessRequestGone", null));
        }
    }

    private static Response page(RequiredActionContext context, String error, String success) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        AccessRequests requests = new AccessRequests(session);
        List<AccessQueuePage.Row> rows = new ArrayList<>();
        new OrganizationRoles(session, realm).rolesOf(user).stream()
                .filter(held -> held.role() == MagRole.APPLICATION_ADMINISTRATOR && held.client() != null)
                .forEach(held -> requests.pendingFor(realm, held.organization().getId(), held.client().getId()).forEach(r -> {
                    UserModel requester = session.users().getUserById(realm, r.getUserId());
                    if (requester != null) {
                        String name = ((requester.getFirstName() == null ? "" : requester.getFirstName()) + " "
                                + (requester.getLastName() == null ? "" : requester.getLastName())).strip();
                        rows.add(new AccessQueuePage.Row(r.getId(), name.isEmpty() ? requester.getUsername() : name, requester.getUsername(),
                                held.organization().getName(), PartnerApplications.displayName(held.client()), r.getNote()));
                    }
                }));
        LoginFormsProvider form = context.form()
                .setAttribute(AccessQueuePage.ATTRIBUTE, new AccessQueuePage(rows, NONCE.issue(context.getAuthenticationSession())));
        if (error != null) {
            form.setError(error);
        }
        if (success != null) {
            form.setSuccess(success);
        }
        return form.createForm(AccessQueuePage.TEMPLATE);
    }

    @Override
    public void close() {
    }
}
