package io.mag.keycloak.onboarding.invitation.invite;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.OfferOutcome;
import io.mag.keycloak.common.access.PartnerApplications;

/**
 * "Invite Organizations": a partner's Service Provider or Adoption Administrator searches existing
 * organizations (to avoid a duplicate; one found registered already can be offered an application
 * instead), invites a supplier organization (company name, contact
 * email, the partner applications to share), and sees, resends or revokes the partner's
 * invitations. Anyone else gets a refusal page. Every post carries a single-use nonce.
 */
final class InviteOrganizationsAction implements RequiredActionProvider {

    static final String OPERATION = "operation";
    static final String INVITATION_ID = "invitationId";
    static final String SEARCH = "search";
    /** The position of the organization to offer an application in the repeated search's matches. */
    static final String MATCH = "match";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Started by the user (kc_action) from the account console.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Inviters.Access access = Inviters.of(context.getSession(), context.getRealm(), context.getUser());
        InviteOrganizationsForms forms = new InviteOrganizationsForms(context);
        if (!access.allowed()) {
            events(context).error(InvitationEvents.VIEW, null, null, Errors.NOT_ALLOWED, access.refusal());
            context.challenge(forms.refused());
            return;
        }
        context.challenge(forms.page(access.inviter(), invitations(context, access.inviter()),
                InviteOrganizationsForms.Typed.EMPTY, List.of(), false, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION);
        if ("done".equals(operation)) {
            context.success();
            return;
        }
        InviteOrganizationsForms forms = new InviteOrganizationsForms(context);
        Inviters.Access access = Inviters.of(context.getSession(), context.getRealm(), context.getUser());
        if (!access.allowed()) {
            events(context).error(eventOperation(operation), null, null, Errors.NOT_ALLOWED, access.refusal());
            context.challenge(forms.refused());
            return;
        }
        Inviter inviter = access.inviter();
        Invitations invitations = invitations(context, inviter);
        if (!InviteOrganizationsForms.NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            events(context).error(eventOperation(operation), inviter.organization().getId(), null, Errors.INVALID_FORM, null);
            context.challenge(forms.page(inviter, invitations, InviteOrganizationsForms.Typed.EMPTY, List.of(), true, "magInviteFormExpired"));
            return;
        }
        switch (operation == null ? "" : operation) {
            case "search" -> {
                String query = form.getFirst(SEARCH) == null ? "" : form.getFirst(SEARCH);
                var typed = new InviteOrganizationsForms.Typed("", "", Set.of(), null, query, invitations.search(query), true);
                context.challenge(forms.page(inviter, invitations, typed, List.of(), false, null));
            }
            case "invite" -> invite(context, form, forms, inviter, invitations);
            case "offer" -> offer(context, form, forms, inviter, invitations);
            case "resend" -> {
                Invitations.Result result = invitations.resend(form.getFirst(INVITATION_ID));
                context.challenge(afterChange(forms, inviter, invitations, result, "magInviteResent"));
            }
            case "revoke" -> {
                Invitations.Result result = invitations.revoke(form.getFirst(INVITATION_ID));
                context.challenge(afterChange(forms, inviter, invitations, result, "magInviteRevoked"));
            }
            default -> context.challenge(forms.page(inviter, invitations, InviteOrganizationsForms.Typed.EMPTY, List.of(), false, null));
        }
    }

    private static void invite(RequiredActionContext context, MultivaluedMap<String, String> form, InviteOrganizationsForms forms,
                               Inviter inviter, Invitations invitations) {
        List<String> clientIds = form.get(InvitationRequest.CLIENT_IDS) == null ? List.of() : form.get(InvitationRequest.CLIENT_IDS);
        InvitationRequest request = new InvitationRequest(form.getFirst(InvitationRequest.COMPANY_NAME),
                form.getFirst(InvitationRequest.CONTACT_EMAIL), clientIds, form.getFirst(InvitationRequest.LOCALE));
        Invitations.Result result = invitations.invite(request);
        if (result.outcome() == Invitations.Outcome.OK) {
            context.challenge(forms.page(inviter, invitations, InviteOrganizationsForms.Typed.EMPTY, List.of(), false,
                    "magInviteSent", result.invitation().companyName(), result.invitation().contactEmail()));
            return;
        }
        var typed = new InviteOrganizationsForms.Typed(valueOrEmpty(request.companyName()), valueOrEmpty(request.contactEmail()),
                new LinkedHashSet<>(request.clientIds()), request.locale(), "", List.of(), false);
        context.challenge(forms.page(inviter, invitations, typed, result.errors(), false, null));
    }

    /**
     * "Invite this organization to the application": the inviter's search found the organization
     * registered already, so the partner offers it the application instead of a registration. The
     * organization is found again by repeating the search and taking the match at the posted
     * position (its id never reaches the page); the offer itself, with its permission check (a
     * Service Provider Administrator of the owning partner), is application access's, reached
     * through the {@link ApplicationSubscriber} seam.
     */
    private static void offer(RequiredActionContext context, MultivaluedMap<String, String> form, InviteOrganizationsForms forms,
                              Inviter inviter, Invitations invitations) {
        String query = form.getFirst(SEARCH) == null ? "" : form.getFirst(SEARCH);
        List<OrganizationMatch> matches = invitations.search(query);
        var typed = new InviteOrganizationsForms.Typed("", "", Set.of(), null, query, matches, true);
        int index = position(form.getFirst(MATCH));
        String clientId = form.getFirst(InvitationRequest.CLIENT_IDS);
        ClientModel client = inviter.applications().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
        ApplicationSubscriber subscriber = context.getSession().getProvider(ApplicationSubscriber.class);
        if (index < 0 || index >= matches.size() || client == null || subscriber == null) {
            context.challenge(forms.page(inviter, invitations, typed, List.of(), true, "magOfferNotFound"));
            return;
        }
        OrganizationModel organization = context.getSession().getProvider(OrganizationProvider.class).getById(matches.get(index).organizationId());
        if (organization == null) {
            context.challenge(forms.page(inviter, invitations, typed, List.of(), true, "magOfferNotFound"));
            return;
        }
        OfferOutcome outcome = subscriber.offer(context.getRealm(), organization, client, context.getUser());
        context.challenge(forms.page(inviter, invitations, typed, List.of(), outcome != OfferOutcome.OFFERED, outcome.messageKey(),
                organization.getName(), PartnerApplications.displayName(client)));
    }

    private static int position(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response afterChange(InviteOrganizationsForms forms, Inviter inviter, Invitations invitations,
                                        Invitations.Result result, String successKey) {
        var empty = InviteOrganizationsForms.Typed.EMPTY;
        return switch (result.outcome()) {
            case OK -> forms.page(inviter, invitations, empty, List.of(), false, successKey,
                    result.invitation().companyName(), result.invitation().contactEmail());
            case NOT_PENDING -> forms.page(inviter, invitations, empty, List.of(), true, "magInviteNotPending",
                    result.invitation().companyName());
            default -> forms.page(inviter, invitations, empty, List.of(), true, "magInviteNotFound");
        };
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String eventOperation(String operation) {
        return switch (operation == null ? "" : operation) {
            case "invite" -> MagEvents.INVITATION_SENT;
            case "resend" -> MagEvents.INVITATION_RESENT;
            case "revoke" -> MagEvents.INVITATION_REVOKED;
            default -> InvitationEvents.VIEW;
        };
    }

    private static InvitationEvents events(RequiredActionContext context) {
        return new InvitationEvents(context.getEvent(), context.getUser());
    }

    private static Invitations invitations(RequiredActionContext context, Inviter inviter) {
        return new Invitations(context.getSession(), context.getRealm(), inviter, events(context));
    }

    @Override
    public void close() {
    }
}
