package io.mag.keycloak.onboarding.invitation.invite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.onboarding.invitation.Invitation;
import io.mag.keycloak.onboarding.invitation.InvitationProvider;
import io.mag.keycloak.onboarding.invitation.InvitationStatus;
import io.mag.keycloak.onboarding.invitation.link.InvitationLinks;

/**
 * What an inviter does, for the page and REST alike: search organizations, invite, resend, revoke,
 * list. Everything happens in the request's transaction; emails go after it commits. Every
 * outcome is a user event.
 */
final class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class);

    static final int SEARCH_QUERY_MAX = 255;
    static final int LIST_MAX = 100;

    /** Event refusal codes. */
    static final String DUPLICATE_ORGANIZATION = "duplicate_organization";
    static final String DUPLICATE_INVITATION = "duplicate_invitation";
    static final String INVALID_FIELDS = "invalid_fields";
    static final String NOT_PENDING = "not_pending";

    enum Outcome { OK, INVALID, CONFLICT, NOT_FOUND, NOT_PENDING }

    /** The outcome of invite, resend or revoke: the invitation, or why not. */
    record Result(Outcome outcome, Invitation invitation, List<FieldError> errors) {
        static Result ok(Invitation invitation) {
            return new Result(Outcome.OK, invitation, List.of());
        }

        static Result refused(Outcome outcome, List<FieldError> errors) {
            return new Result(outcome, null, errors);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Inviter inviter;
    private final InvitationEvents events;

    Invitations(KeycloakSession session, RealmModel realm, Inviter inviter, InvitationEvents events) {
        this.session = session;
        this.realm = realm;
        this.inviter = inviter;
        this.events = events;
    }

    private InvitationProvider store() {
        return session.getProvider(InvitationProvider.class);
    }

    private String partnerId() {
        return inviter.organization().getId();
    }

    /**
     * What an inviter may learn to avoid a duplicate: the organization whose name is the query
     * (ignoring case and repeated spaces, as the invite form's duplicate check compares names) and
     * the organization that owns the query's domain (for an email address: its domain). No
     * substring matches: a search is not a way to list the realm's organizations. Empty for a
     * blank query.
     */
    List<OrganizationMatch> search(String query) {
        String text = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > SEARCH_QUERY_MAX) {
            return List.of();
        }
        Map<String, OrganizationMatch> found = new LinkedHashMap<>();
        int at = text.lastIndexOf('@');
        if (at < 0) {
            organizationNamed(text).ifPresent(org -> found.put(org.getId(), new OrganizationMatch(org.getName(), OrganizationMatch.BY_NAME, org.getId())));
        }
        String domain = (at < 0 ? text : text.substring(at + 1)).toLowerCase(Locale.ROOT);
        if (!domain.isEmpty() && domain.indexOf(' ') < 0) {
            OrganizationModel owner = session.getProvider(OrganizationProvider.class).getByDomainName(domain);
            if (owner != null) {
                found.putIfAbsent(owner.getId(), new OrganizationMatch(owner.getName(), OrganizationMatch.BY_DOMAIN, owner.getId()));
            }
        }
        return List.copyOf(found.values());
    }

    /** The partner's invitations, newest first, optionally of one status (at {@code now}). */
    List<Invitation> list(InvitationStatus status, int first, int max) {
        long now = Time.currentTime();
        Stream<Invitation> all = store().getByPartner(realm, partnerId(), status == null ? first : null, status == null ? max : null);
        if (status == null) {
            return all.toList();
        }
        return all.filter(i -> i.status(now) == status).skip(first).limit(max).toList();
    }

    Optional<Invitation> find(String invitationId) {
        return store().getById(realm, invitationId).filter(i -> i.partnerOrganizationId().equals(partnerId()));
    }

    Result invite(InvitationRequest raw) {
        InvitationRequest request = raw.normalized();
        List<FieldError> invalid = InvitationValidator.validate(request, inviter.applicationClientIds(), supportedLocales(realm));
        long now = Time.currentTime();
        // Duplicates are checked for every well-formed field, so the page shows all problems at once.
        List<FieldError> conflicts = new ArrayList<>();
        Optional<OrganizationModel> sameName = hasError(invalid, InvitationRequest.COMPANY_NAME) ? Optional.empty()
                : organizationNamed(request.companyName());
        sameName.ifPresent(org -> conflicts.add(FieldError.of(InvitationRequest.COMPANY_NAME, "magInviteOrganizationExists", org.getName())));
        Optional<Invitation> open = hasError(invalid, InvitationRequest.CONTACT_EMAIL) ? Optional.empty()
                : store().getByPartnerAndEmail(realm, partnerId(), request.contactEmail()).filter(i -> i.isOpen(now)).findFirst();
        open.ifPresent(i -> conflicts.add(FieldError.of(InvitationRequest.CONTACT_EMAIL, "magInviteAlreadyInvited", i.contactEmail(), i.companyName())));
        if (!invalid.isEmpty()) {
            List<FieldError> all = new ArrayList<>(invalid);
            all.addAll(conflicts);
            events.error(MagEvents.INVITATION_SENT, partnerId(), null, Errors.INVALID_INPUT, INVALID_FIELDS);
            return Result.refused(Outcome.INVALID, order(all));
        }
        if (!conflicts.isEmpty()) {
            events.error(MagEvents.INVITATION_SENT, partnerId(), open.map(Invitation::id).orElse(null), Errors.INVALID_INPUT,
                    sameName.isPresent() ? DUPLICATE_ORGANIZATION : DUPLICATE_INVITATION);
            return Result.refused(Outcome.CONFLICT, conflicts);
        }
        Invitation invitation = store().create(realm, partnerId(), inviter.user().getId(), request.companyName(),
                request.contactEmail(), request.clientIds(), request.locale(), InvitationSettings.expiry(realm, now));
        send(invitation, MagEvents.INVITATION_SENT, now);
        events.success(MagEvents.INVITATION_SENT, invitation);
        LOG.debugf("Invitation %s created by user %s for partner %s", invitation.id(), inviter.user().getId(), partnerId());
        return Result.ok(invitation);
    }

    Result resend(String invitationId) {
        Optional<Invitation> found = find(invitationId);
        if (found.isEmpty()) {
            events.error(MagEvents.INVITATION_RESENT, partnerId(), null, Errors.INVALID_REQUEST, "not_found");
            return Result.refused(Outcome.NOT_FOUND, List.of());
        }
        long now = Time.currentTime();
        if (!found.get().isResendable(now)) {
            events.error(MagEvents.INVITATION_RESENT, partnerId(), invitationId, Errors.INVALID_REQUEST, NOT_PENDING);
            return new Result(Outcome.NOT_PENDING, found.get(), List.of());
        }
        Invitation invitation = store().reissue(realm, invitationId, InvitationSettings.expiry(realm, now));
        send(invitation, MagEvents.INVITATION_RESENT, now);
        events.success(MagEvents.INVITATION_RESENT, invitation);
        return Result.ok(invitation);
    }

    Result revoke(String invitationId) {
        Optional<Invitation> found = find(invitationId);
        if (found.isEmpty()) {
            events.error(MagEvents.INVITATION_REVOKED, partnerId(), null, Errors.INVALID_REQUEST, "not_found");
            return Result.refused(Outcome.NOT_FOUND, List.of());
        }
        if (!found.get().isRevocable(Time.currentTime())) {
            events.error(MagEvents.INVITATION_REVOKED, partnerId(), invitationId, Errors.INVALID_REQUEST, NOT_PENDING);
            return new Result(Outcome.NOT_PENDING, found.get(), List.of());
        }
        Invitation invitation = store().revoke(realm, invitationId);
        events.success(MagEvents.INVITATION_REVOKED, invitation);
        return Result.ok(invitation);
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Errors in the order of the form's fields. */
    private static List<FieldError> order(List<FieldError> errors) {
        List<String> fields = List.of(InvitationRequest.COMPANY_NAME, InvitationRequest.CONTACT_EMAIL, InvitationRequest.CLIENT_IDS,
                InvitationRequest.LOCALE);
        return errors.stream().sorted(Comparator.comparingInt(e -> fields.indexOf(e.field()))).toList();
    }

    /**
     * The languages an invitation email may be written in: the realm's supported locales, or only
     * its default when internationalization is off (Keycloak then renders every page in it).
     */
    static List<String> supportedLocales(RealmModel realm) {
        if (realm.isInternationalizationEnabled()) {
            return realm.getSupportedLocalesStream().toList();
        }
        return List.of(realm.getDefaultLocale() == null ? Locale.ENGLISH.toLanguageTag() : realm.getDefaultLocale());
    }

    /** An existing organization of this name, ignoring case (and surrounding / repeated spaces). */
    private Optional<OrganizationModel> organizationNamed(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return session.getProvider(OrganizationProvider.class).getAllStream(name, false, null, null)
                .filter(o -> o.getName() != null && o.getName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private void send(Invitation invitation, String operation, long now) {
        String link = new InvitationLinks(session, realm).registerNow(invitation, now).toString();
        List<String> applications = inviter.applications().stream()
                .filter(c -> invitation.sharedClientIds().contains(c.getClientId()))
                .map(PartnerApplications::displayName)
                .toList();
        UserModel user = inviter.user();
        String inviterName = Stream.of(user.getFirstName(), user.getLastName())
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + " " + b).orElse(user.getUsername());
        InvitationMail.enqueue(session, realm, invitation, operation, link, inviter.organization().getName(),
                applications, inviterName);
    }

    /** Display names of the invitation's applications that still exist. */
    List<String> applicationNames(Invitation invitation) {
        return invitation.sharedClientIds().stream()
                .map(id -> {
                    ClientModel client = realm.getClientByClientId(id);
                    return client == null ? id : PartnerApplications.displayName(client);
                })
                .toList();
    }
}
