package io.mag.keycloak.orgadmin.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.authentication.actiontoken.inviteorg.InviteOrgActionToken;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationInvitationModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.InvitationManager;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.OIDCLoginProtocolService;
import org.keycloak.protocol.oidc.utils.OIDCResponseType;
import org.keycloak.services.Urls;
import org.keycloak.services.validation.Validation;
import org.keycloak.storage.adapter.InMemoryUserAdapter;

import io.mag.keycloak.common.AfterCommit;
import io.mag.keycloak.common.MagEvents;

/**
 * Self-registration invitations of persons to the organization: Keycloak's organization
 * invitations ({@link InvitationManager}), so that the invitee registers through Keycloak's own
 * registration page and lands in the organization as a managed member (Keycloak's
 * {@code RegistrationUserCreation}). The link is built as Keycloak's
 * {@code OrganizationInvitationResource} builds a registration link (an {@link InviteOrgActionToken}
 * for the account console client, expiring with the invitation); the email is Keycloak's
 * organization invitation email, sent after the commit. The invitee's address counts as verified
 * once they register through it ({@code InvitedRegistrationVerifiesEmail}).
 */
public final class PersonInvitations {

    private static final Logger LOG = Logger.getLogger(PersonInvitations.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationModel organization;
    private final OrgAdminEvents events;

    public PersonInvitations(KeycloakSession session, RealmModel realm, OrganizationModel organization, OrgAdminEvents events) {
        this.session = session;
        this.realm = realm;
        this.organization = organization;
        this.events = events;
    }

    private InvitationManager manager() {
        return session.getProvider(OrganizationProvider.class).getInvitationManager();
    }

    /** The organization's invitations (pending and expired), newest first. */
    public List<PersonInvitation> list() {
        return manager().getAllStream(organization, Map.of(), null, null)
                .map(PersonInvitation::of)
                .sorted((a, b) -> Integer.compare(b.sentAt(), a.sentAt()))
                .toList();
    }

    /**
     * Invites a person by email. A pending invitation of the same address is answered with that
     * invitation, unchanged (a double submit sends one email); an expired one is replaced.
     */
    public PersonInvitation invite(String email, String firstName, String lastName) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            errors.add(new Refusal.FieldError(NewUser.EMAIL, "magOrgFieldRequired", List.of()));
        } else if (!Validation.isEmailValid(address) || address.length() > OrganizationUsers.NAME_MAX) {
            errors.add(new Refusal.FieldError(NewUser.EMAIL, "invalidEmailMessage", List.of()));
        }
        String first = optional(firstName, NewUser.FIRST_NAME, errors);
        String last = optional(lastName, NewUser.LAST_NAME, errors);
        if (!errors.isEmpty()) {
            throw refuse(Refusal.invalid(errors));
        }
        if (!organization.isEnabled()) {
            throw refuse(Refusal.of(409, "conflict", "organization_disabled", "magOrgDisabled"));
        }
        boolean member = session.users().searchForUserStream(realm, Map.of(UserModel.EMAIL, address, UserModel.EXACT, "true"))
                .anyMatch(organization::isMember);
        if (member) {
            throw refuse(Refusal.of(409, "conflict", "already_member", "magOrgAlreadyMember", address));
        }
        OrganizationInvitationModel existing = manager().getByEmail(organization, address);
        if (existing != null) {
            if (!existing.isExpired()) {
                return PersonInvitation.of(existing);
            }
            manager().remove(existing.getId());
        }
        OrganizationInvitationModel invitation = manager().create(organization, address, first, last);
        InMemoryUserAdapter invitee = new InMemoryUserAdapter(session, realm, null);
        invitee.setEmail(address);
        invitee.setFirstName(first);
        invitee.setLastName(last);
        String link = registrationLink(invitee, invitation);
        invitation.setInviteLink(link);
        events.success(MagEvents.PERSON_INVITED, organization.getId(), null, Map.of(MagEvents.INVITATION_ID, invitation.getId()));
        events.admin(OperationType.ACTION, ResourceType.ORGANIZATION_MEMBERSHIP, Map.of("id", invitation.getId(), "email", address),
                "organizations", organization.getId(), "members", "invite-user");
        String organizationId = organization.getId();
        long minutes = TimeUnit.SECONDS.toMinutes(Math.max(60, invitation.getExpiresAt() - invitation.getCreatedAt()));
        AfterCommit.run(session, realm, "Organization invitation email " + invitation.getId(), (mailSession, mailRealm) -> {
            OrganizationModel org = mailSession.getProvider(OrganizationProvider.class).getById(organizationId);
            InMemoryUserAdapter recipient = new InMemoryUserAdapter(mailSession, mailRealm, null);
            recipient.setEmail(address);
            recipient.setFirstName(first);
            recipient.setLastName(last);
            try {
                mailSession.getProvider(EmailTemplateProvider.class).setRealm(mailRealm).setUser(recipient)
                        .sendOrgInviteEmail(org, link, minutes);
            } catch (EmailException e) {
                LOG.warnf(e, "Organization invitation email of organization %s failed", organizationId);
            }
        });
        return PersonInvitation.of(invitation);
    }

    /** Revokes a pending invitation; one that is no longer there changes nothing. */
    public void revoke(String invitationId) {
        OrganizationInvitationModel invitation = invitationId == null ? null : manager().getById(invitationId);
        if (invitation == null) {
            return;
        }
        if (!organization.getId().equals(invitation.getOrganizationId())) {
            events.refused(MagEvents.PERSON_INVITATION_REVOKED, organization.getId(), MagEvents.NOT_AUTHORIZED, "foreign_invitation");
            throw Refusal.of(403, "forbidden", "foreign_invitation", "magNotAuthorized");
        }
        manager().remove(invitation.getId());
        events.success(MagEvents.PERSON_INVITATION_REVOKED, organization.getId(), null, Map.of(MagEvents.INVITATION_ID, invitation.getId()));
        events.admin(OperationType.DELETE, ResourceType.ORGANIZATION_MEMBERSHIP, Map.of("id", invitation.getId(), "email", invitation.getEmail()),
                "organizations", organization.getId(), "invitations", invitation.getId());
    }

    /** As Keycloak's OrganizationInvitationResource#createRegistrationLink (a person without an account). */
    private String registrationLink(UserModel invitee, OrganizationInvitationModel invitation) {
        InviteOrgActionToken token = new InviteOrgActionToken(invitee.getId(), invitation.getExpiresAt(), invitee.getEmail(),
                Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        token.setOrgId(organization.getId());
        token.id(invitation.getId());
        String redirect = organization.getRedirectUrl();
        token.setRedirectUri(redirect == null || redirect.isBlank()
                ? Urls.accountBase(session.getContext().getUri().getBaseUri()).path("/").build(realm.getName()).toString()
                : redirect);
        return OIDCLoginProtocolService.registrationsUrl(session.getContext().getUri().getBaseUriBuilder())
                .queryParam(OAuth2Constants.RESPONSE_TYPE, OIDCResponseType.CODE)
                .queryParam(Constants.CLIENT_ID, Constants.ACCOUNT_MANAGEMENT_CLIENT_ID)
                .queryParam(Constants.TOKEN, token.serialize(session, realm, session.getContext().getUri()))
                .buildFromMap(Map.of("realm", realm.getName(), "protocol", OIDCLoginProtocol.LOGIN_PROTOCOL)).toString();
    }

    private Refusal refuse(Refusal refusal) {
        events.refused(MagEvents.PERSON_INVITED, organization.getId(), refusal.error(), refusal.code());
        return refusal;
    }

    private static String optional(String value, String field, List<Refusal.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > OrganizationUsers.NAME_MAX) {
            errors.add(new Refusal.FieldError(field, "magOrgFieldTooLong", List.of(OrganizationUsers.NAME_MAX)));
            return null;
        }
        return value.strip();
    }
}
