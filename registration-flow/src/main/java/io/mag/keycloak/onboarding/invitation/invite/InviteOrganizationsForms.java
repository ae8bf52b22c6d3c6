package io.mag.keycloak.onboarding.invitation.invite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationRoles;
import io.mag.keycloak.onboarding.invitation.Invitation;

/** Renders mag-invite-organizations.ftl with a fresh form nonce. */
final class InviteOrganizationsForms {

    static final FormNonce NONCE = new FormNonce("invite-organizations");
    static final String TEMPLATE = "mag-invite-organizations.ftl";
    static final String ATTRIBUTE = "magInvite";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final RequiredActionContext context;

    InviteOrganizationsForms(RequiredActionContext context) {
        this.context = context;
    }

    /**
     * What the invite form and the search box show again after a post. {@code locale} null: the
     * form preselects the language the inviter is using.
     */
    record Typed(String companyName, String contactEmail, Set<String> clientIds, String locale, String searchQuery,
                 List<OrganizationMatch> matches, boolean searched) {
        static final Typed EMPTY = new Typed("", "", Set.of(), null, "", List.of(), false);
    }

    /** The page of a user who may not invite: the reason and a way back. */
    Response refused() {
        return context.form()
                .setAttribute(ATTRIBUTE, new InviteOrganizationsPage(false, null, null, List.of(), "", "", null, "", false, List.of(), List.of(), false))
                .setError("magInviteNotAllowed")
                .createForm(TEMPLATE);
    }

    Response page(Inviter inviter, Invitations invitations, Typed typed, List<FieldError> fieldErrors,
                  boolean error, String messageKey, Object... parameters) {
        long now = Time.currentTime();
        List<InviteOrganizationsPage.Application> applications = inviter.applications().stream()
                .map(c -> new InviteOrganizationsPage.Application(c.getClientId(), PartnerApplications.displayName(c),
                        typed.clientIds().contains(c.getClientId())))
                .toList();
        List<InviteOrganizationsPage.Row> rows = invitations.list(null, 0, Invitations.LIST_MAX).stream()
                .map(i -> row(i, invitations, now))
                .toList();
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE, new InviteOrganizationsPage(true,
                inviter.organization().getName(), NONCE.issue(context.getAuthenticationSession()), applications,
                typed.companyName(), typed.contactEmail(), typed.locale(), typed.searchQuery(), typed.searched(), typed.matches(), rows,
                new OrganizationRoles(context.getSession(), context.getRealm())
                        .holds(inviter.user(), inviter.organization(), MagRole.SERVICE_PROVIDER_ADMINISTRATOR)));
        for (FieldError fieldError : fieldErrors) {
            form.addError(new FormMessage(fieldError.field(), fieldError.messageKey(), fieldError.parameters().toArray()));
        }
        if (messageKey != null) {
            if (error) {
                form.setError(messageKey, parameters);
            } else {
                form.setSuccess(messageKey, parameters);
            }
        }
        return form.createForm(TEMPLATE);
    }

    private static InviteOrganizationsPage.Row row(Invitation invitation, Invitations invitations, long now) {
        return new InviteOrganizationsPage.Row(invitation.id(), invitation.companyName(), invitation.contactEmail(),
                invitation.status(now).label(), DAY.format(Instant.ofEpochSecond(invitation.lastSentAt())),
                DAY.format(Instant.ofEpochSecond(invitation.expiresAt())), invitation.sendCount(),
                String.join(", ", invitations.applicationNames(invitation)),
                invitation.isResendable(now), invitation.isRevocable(now));
    }
}
