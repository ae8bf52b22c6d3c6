package io.mag.keycloak.orgadmin.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.ModelToRepresentation;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.validation.Validation;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * An organization's users as its Organization Administrators manage them, from the page and REST
 * alike: create (User ID chosen or generated, One Time Password as a temporary password, First
 * Time Login pending, instructions by email after the commit), list and search, disable,
 * re-enable, remove, resend the First Time Login instructions. The caller has checked the actor's
 * authority for {@code organization}; each method checks that the user acted on is its member.
 * Repeating a change that is already in effect changes nothing and records nothing.
 */
public final class OrganizationUsers {

    static final int NAME_MAX = 255;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,254}");
    public static final int LIST_MAX = 100;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel actor;
    private final OrganizationModel organization;
    private final OrgAdminEvents events;
    private final OrganizationAccess access;

    public OrganizationUsers(KeycloakSession session, RealmModel realm, UserModel actor, OrganizationModel organization,
                             OrgAdminEvents events, OrganizationAccess access) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.organization = organization;
        this.events = events;
        this.access = access;
    }

    public OrganizationModel organization() {
        return organization;
    }

    /** The organization's users whose User ID, name or email contains {@code search} (blank: all), by User ID. */
    public List<OrganizationUser> list(String search, int first, int max) {
        String query = search == null || search.isBlank() ? null : search.strip();
        return session.getProvider(OrganizationProvider.class)
                .getMembersStream(organization, query, false, first, Math.min(max, LIST_MAX))
                .map(this::view)
                .toList();
    }

    public OrganizationUser get(String userId) {
        return view(access.member(organization, userId, MagEvents.USER_VIEWED, events));
    }

    public OrganizationUser view(UserModel user) {
        return OrganizationUser.of(user, access.rolesIn(user, organization));
    }

    /** What {@link #create} did: the user, and whether it is new (false: an earlier submit of the same details created it). */
    public record Creation(OrganizationUser user, boolean created) {
    }

    /**
     * Creates the user in the organization; a refusal ({@link Refusal}) creates nothing. A repeated
     * submit of a user with a generated User ID answers the account the first one created.
     */
    public Creation create(NewUser request) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        String firstName = required(request.firstName(), NewUser.FIRST_NAME, errors);
        String lastName = required(request.lastName(), NewUser.LAST_NAME, errors);
        String email = required(request.email(), NewUser.EMAIL, errors);
        if (email != null && !Validation.isEmailValid(email)) {
            errors.add(new Refusal.FieldError(NewUser.EMAIL, "invalidEmailMessage", List.of()));
        }
        String username = request.username() == null || request.username().isBlank() ? null : request.username().strip().toLowerCase(Locale.ROOT);
        if (username != null && !USERNAME.matcher(username).matches()) {
            errors.add(new Refusal.FieldError(NewUser.USERNAME, "magOrgUserIdInvalid", List.of()));
        }
        String locale = request.locale() == null || request.locale().isBlank() ? null : request.locale().strip();
        if (locale != null && realm.getSupportedLocalesStream().noneMatch(locale::equals)) {
            errors.add(new Refusal.FieldError(NewUser.LOCALE, "magOrgLocaleUnsupported", List.of(locale)));
        }
        String password = request.oneTimePassword();
        if (password == null || password.isEmpty()) {
            errors.add(new Refusal.FieldError(NewUser.ONE_TIME_PASSWORD, "magOrgOneTimePasswordRequired", List.of()));
        }
        if (!errors.isEmpty()) {
            throw refuse(MagEvents.USER_CREATED, null, Refusal.invalid(errors));
        }
        NewUserTwins twins = new NewUserTwins(session, realm, organization);
        if (username == null) {
            var twin = twins.earlier(email, firstName, lastName);
            if (twin.isPresent()) {
                return new Creation(view(twin.get()), false);
            }
            username = UserIds.generate(firstName, lastName, candidate -> session.users().getUserByUsername(realm, candidate) != null);
            if (username == null) {
                throw refuse(MagEvents.USER_CREATED, null, Refusal.of(409, "conflict", "user_id_taken", "magOrgUserIdNotGenerated"));
            }
        } else if (session.users().getUserByUsername(realm, username) != null) {
            throw refuse(MagEvents.USER_CREATED, null, new Refusal(409, "conflict", "user_id_taken", "magOrgUserIdTaken",
                    List.of(username), List.of(new Refusal.FieldError(NewUser.USERNAME, "magOrgUserIdTaken", List.of(username)))));
        }
        // The realm's password policy before anything is stored. Keycloak's check by name runs
        // every policy that needs no stored account (a new account has no password history); the
        // email is compared here, as Keycloak's notEmail policy would once the account exists.
        PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class).validate(username, password);
        if (policy == null && realm.getPasswordPolicy().getPolicies().contains("notEmail") && password.equalsIgnoreCase(email)) {
            policy = new PolicyError("invalidPasswordNotEmailMessage");
        }
        if (policy != null) {
            throw refuse(MagEvents.USER_CREATED, null, Refusal.invalid(List.of(
                    new Refusal.FieldError(NewUser.ONE_TIME_PASSWORD, policy.getMessage(), List.of(policy.getParameters())))));
        }

        if (request.username() == null || request.username().isBlank()) {
            if (!twins.claim(email, firstName, lastName)) {
                // Another submit of the same details is creating the account right now.
                var twin = twins.earlier(email, firstName, lastName);
                if (twin.isPresent()) {
                    return new Creation(view(twin.get()), false);
                }
                throw refuse(MagEvents.USER_CREATED, null, Refusal.of(409, "conflict", "user_being_created", "magOrgUserBeingCreated"));
            }
        }
        UserModel user;
        try {
            user = session.users().addUser(realm, username);
        } catch (ModelDuplicateException e) {
            throw refuse(MagEvents.USER_CREATED, null, Refusal.of(409, "conflict", "user_id_taken", "magOrgUserIdTaken", username));
        }
        user.setEnabled(true);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        // Verified by the First Time Login link of the email below.
        user.setEmailVerified(false);
        if (locale != null) {
            user.setSingleAttribute(UserModel.LOCALE, locale);
        }
        user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        // A temporary password, as Keycloak's own: changed at the first sign-in, then First Time Login.
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        user.addRequiredAction(FirstTimeLoginLinks.REQUIRED_ACTION);
        // Managed by the organization: removing it from the organization removes the account (Keycloak's rule).
        session.getProvider(OrganizationProvider.class).addManagedMember(organization, user);

        events.success(MagEvents.USER_CREATED, organization.getId(), user.getId(), Map.of("username", username));
        events.admin(OperationType.CREATE, ResourceType.USER, ModelToRepresentation.toBriefRepresentation(user), "users", user.getId());
        UserCreatedMail.sendAfterCommit(session, realm, user, organization.getName(), displayName(actor));
        return new Creation(view(user), true);
    }

    /** Disables or re-enables a user of the organization; the actor's own account is refused. */
    public OrganizationUser setEnabled(String userId, boolean enabled) {
        String operation = enabled ? MagEvents.USER_ENABLED : MagEvents.USER_DISABLED;
        UserModel user = access.member(organization, userId, operation, events);
        if (user.getId().equals(actor.getId())) {
            throw refuse(operation, user.getId(), Refusal.of(409, "conflict", "own_account", "magOrgNotOwnAccount"));
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            events.success(operation, organization.getId(), user.getId(), Map.of());
            events.admin(OperationType.UPDATE, ResourceType.USER, ModelToRepresentation.toBriefRepresentation(user), "users", user.getId());
        }
        return view(user);
    }

    /**
     * Removes a user from the organization: an account the organization manages (created here, or
     * registered through its invitation) is deleted with it, as Keycloak removes managed members;
     * another account only leaves. Removing a user that is no longer there changes nothing.
     */
    public void remove(String userId) {
        UserModel existing = userId == null ? null : session.users().getUserById(realm, userId);
        if (existing == null) {
            return;
        }
        UserModel user = access.member(organization, userId, MagEvents.USER_REMOVED, events);
        if (user.getId().equals(actor.getId())) {
            throw refuse(MagEvents.USER_REMOVED, user.getId(), Refusal.of(409, "conflict", "own_account", "magOrgNotOwnAccount"));
        }
        var brief = ModelToRepresentation.toBriefRepresentation(user);
        boolean managed = session.getProvider(OrganizationProvider.class).isManagedMember(organization, user);
        session.getProvider(OrganizationProvider.class).removeMember(organization, user);
        events.success(MagEvents.USER_REMOVED, organization.getId(), userId, Map.of("mag_account_deleted", String.valueOf(managed)));
        if (managed) {
            events.admin(OperationType.DELETE, ResourceType.USER, brief, "users", userId);
        } else {
            events.admin(OperationType.DELETE, ResourceType.ORGANIZATION_MEMBERSHIP, brief, "organizations", organization.getId(), "members", userId);
        }
    }

    /**
     * Sends the First Time Login instructions again (a new link), to a user who has not completed
     * First Time Login; with {@code newOneTimePassword}, that replaces the One Time Password.
     */
    public OrganizationUser resendFirstLogin(String userId, String newOneTimePassword) {
        UserModel user = access.member(organization, userId, MagEvents.FIRST_LOGIN_RESENT, events);
        if (!OrganizationUser.firstLoginPending(user)) {
            throw refuse(MagEvents.FIRST_LOGIN_RESENT, user.getId(), Refusal.of(409, "conflict", "first_login_completed", "magOrgFirstLoginCompleted", user.getUsername()));
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw refuse(MagEvents.FIRST_LOGIN_RESENT, user.getId(), Refusal.of(409, "conflict", "no_email", "magOrgNoEmail", user.getUsername()));
        }
        if (newOneTimePassword != null && !newOneTimePassword.isEmpty()) {
            PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class).validate(realm, user, newOneTimePassword);
            if (policy != null) {
                throw refuse(MagEvents.FIRST_LOGIN_RESENT, user.getId(), Refusal.invalid(List.of(
                        new Refusal.FieldError(NewUser.ONE_TIME_PASSWORD, policy.getMessage(), List.of(policy.getParameters())))));
            }
            user.credentialManager().updateCredential(UserCredentialModel.password(newOneTimePassword, false));
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        events.success(MagEvents.FIRST_LOGIN_RESENT, organization.getId(), user.getId(),
                Map.of("mag_new_password", String.valueOf(newOneTimePassword != null && !newOneTimePassword.isEmpty())));
        UserCreatedMail.sendAfterCommit(session, realm, user, organization.getName(), displayName(actor));
        return view(user);
    }

    private Refusal refuse(String operation, String subjectUserId, Refusal refusal) {
        events.refused(operation, organization.getId(), subjectUserId, refusal.error(), refusal.code());
        return refusal;
    }

    private static String required(String value, String field, List<Refusal.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Refusal.FieldError(field, "magOrgFieldRequired", List.of()));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > NAME_MAX) {
            errors.add(new Refusal.FieldError(field, "magOrgFieldTooLong", List.of(NAME_MAX)));
            return null;
        }
        return stripped;
    }

    static String displayName(UserModel user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }
}
