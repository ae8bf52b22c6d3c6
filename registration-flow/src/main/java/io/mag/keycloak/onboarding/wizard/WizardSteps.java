package io.mag.keycloak.onboarding.wizard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.NotEmailPasswordPolicyProviderFactory;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;

import io.mag.keycloak.onboarding.captcha.RegistrationCaptcha;
import io.mag.keycloak.onboarding.registration.Registrations;
import io.mag.keycloak.onboarding.wizard.WizardDraft.OrgAdminMode;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Person;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Step;

/**
 * What each step does with a post: keep what was typed (also on Back), validate every field
 * server-side, move on. Errors are per field ({@link FormMessage} with the field's name).
 */
final class WizardSteps {

    /** Keycloak's message for the "not email" rule (private in NotEmailPasswordPolicyProvider). */
    private static final String NOT_EMAIL_MESSAGE = "invalidPasswordNotEmailMessage";
    static final String NEXT = "next";
    static final String BACK = "back";
    static final String ADD = "add";
    static final String REMOVE = "remove";
    static final String SUBMIT = "submit";
    static final String GOTO = "goto-";
    /** The steps the page's progress stepper shows, in order. */
    static final List<Step> STEPPER = List.of(Step.PROFILE, Step.ORG_ADMIN, Step.APP_ADMINS, Step.REVIEW);
    static final String REMOVE_INDEX = "removeIndex";
    static final String ORG_ADMIN_MODE = "orgAdminMode";
    static final String APP_ADMIN_EXISTING = "appAdminExisting";
    static final String ORG_ADMIN_IS_APP_ADMIN = "orgAdminIsAppAdmin";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final WizardDraft draft;
    private final WizardEvents events;
    /** The event error code of the errors the current post is answered with. */
    private String eventError = WizardEvents.VALIDATION;

    WizardSteps(KeycloakSession session, RealmModel realm, WizardDraft draft, WizardEvents events) {
        this.session = session;
        this.realm = realm;
        this.draft = draft;
        this.events = events;
    }

    List<FormMessage> handle(MultivaluedMap<String, String> form, String remoteAddr) {
        String action = form.getFirst(RegistrationWizardResource.ACTION);
        // A completed step's link in the stepper: the page is kept as on Back, then that step shows.
        Step jump = earlierStep(action);
        if (jump != null) {
            action = BACK;
        }
        boolean back = BACK.equals(action);
        List<FormMessage> errors = switch (draft.step) {
            case CAPTCHA -> captcha(form, remoteAddr);
            case INTRO -> move(back ? Step.INTRO : Step.PROFILE);
            case PROFILE -> profile(form, back);
            case ORG_ADMIN -> orgAdmin(form, back);
            case APP_ADMINS -> appAdmins(form, action);
            case REVIEW -> back ? move(Step.APP_ADMINS) : SUBMIT.equals(action) ? submit() : List.of();
            case DONE -> List.of();
        };
        if (jump != null && errors.isEmpty()) {
            draft.step = jump;
        }
        if (!errors.isEmpty() && draft.step != Step.DONE) {
            FormMessage first = errors.get(0);
            boolean global = first.getField() == null || FormMessage.GLOBAL.equals(first.getField());
            events.error(draft, eventError, global ? first.getMessage() : first.getField());
        }
        return errors;
    }

    /** The step a "goto-STEP" action names, if it is a step of the form already passed; else null. */
    private Step earlierStep(String action) {
        if (action == null || !action.startsWith(GOTO)) {
            return null;
        }
        Step target = STEPPER.stream().filter(step -> (GOTO + step.name()).equals(action)).findFirst().orElse(null);
        boolean onTheForm = STEPPER.contains(draft.step);
        return target != null && onTheForm && target.ordinal() < draft.step.ordinal() ? target : null;
    }

    private List<FormMessage> move(Step step) {
        draft.step = step;
        return List.of();
    }

    private List<FormMessage> captcha(MultivaluedMap<String, String> form, String remoteAddr) {
        RegistrationCaptcha.Outcome outcome = new RegistrationCaptcha(session, realm).verify(form, remoteAddr);
        if (outcome == RegistrationCaptcha.Outcome.VALID) {
            return move(Step.INTRO);
        }
        eventError = WizardEvents.CAPTCHA_FAILED;
        return List.of(new FormMessage(null, switch (outcome) {
            case MISSING -> "magRegCaptchaMissing";
            case EXPIRED -> "magRegCaptchaExpired";
            default -> "magRegCaptchaInvalid";
        }));
    }

    private List<FormMessage> profile(MultivaluedMap<String, String> form, boolean back) {
        for (Fields.Spec spec : Fields.PROFILE) {
            if (spec.name().equals(Fields.LEGAL_NAME) && draft.invited) {
                continue; // the invited company's name is fixed
            }
            draft.profile.put(spec.name(), Fields.clean(form.getFirst(spec.name())));
        }
        if (!draft.invited) {
            draft.contactEmail = Fields.clean(form.getFirst(Fields.CONTACT_EMAIL));
        }
        if (back) {
            return move(Step.INTRO);
        }
        List<FormMessage> errors = new ArrayList<>();
        for (Fields.Spec spec : Fields.PROFILE) {
            Fields.profileError(spec, draft.profile(spec.name())).ifPresent(errors::add);
        }
        if (!draft.invited) {
            Fields.emailError(Fields.CONTACT_EMAIL, draft.contactEmail).ifPresent(errors::add);
        }
        String name = draft.profile(Fields.LEGAL_NAME);
        if (errors.stream().noneMatch(e -> Fields.LEGAL_NAME.equals(e.getField())) && nameTaken(name)) {
            if (errors.isEmpty()) {
                eventError = WizardEvents.NAME_TAKEN;
            }
            errors.add(new FormMessage(Fields.LEGAL_NAME, "magRegNameTaken"));
        }
        return errors.isEmpty() ? move(Step.ORG_ADMIN) : errors;
    }

    boolean nameTaken(String name) {
        Registrations registrations = new Registrations(session);
        return registrations.nameTaken(realm, name) || registrations.organizationNameTaken(realm, name);
    }

    private List<FormMessage> orgAdmin(MultivaluedMap<String, String> form, boolean back) {
        draft.orgAdminMode = OrgAdminMode.ofForm(form.getFirst(ORG_ADMIN_MODE));
        List<FormMessage> errors = new ArrayList<>();
        draft.orgAdmin.existing = draft.orgAdminMode == OrgAdminMode.EXISTING;
        readPerson(form, draft.orgAdmin, draft.orgAdminMode == OrgAdminMode.SELF, back, errors);
        if (back) {
            return move(Step.PROFILE);
        }
        if (errors.isEmpty()) {
            // Keep the designation consistent if the org admin changed since it was selected.
            draft.appAdmins.removeIf(p -> p.username.equalsIgnoreCase(draft.orgAdmin.username));
            return move(Step.APP_ADMINS);
        }
        return errors;
    }

    private List<FormMessage> appAdmins(MultivaluedMap<String, String> form, String action) {
        draft.orgAdminIsAppAdmin = form.containsKey(ORG_ADMIN_IS_APP_ADMIN);
        if (REMOVE.equals(action)) {
            int index = parseInt(form.getFirst(REMOVE_INDEX));
            if (index >= 0 && index < draft.appAdmins.size()) {
                draft.appAdmins.remove(index);
            }
            return List.of();
        }
        boolean back = BACK.equals(action);
        Person typed = new Person();
        typed.existing = form.containsKey(APP_ADMIN_EXISTING);
        List<FormMessage> errors = new ArrayList<>();
        boolean blank = Fields.clean(form.getFirst(Fields.FIRST_NAME)).isEmpty() && Fields.clean(form.getFirst(Fields.LAST_NAME)).isEmpty()
                && Fields.clean(form.getFirst(Fields.EMAIL)).isEmpty() && Fields.clean(form.getFirst(Fields.USERNAME)).isEmpty()
                && isEmpty(form.getFirst(Fields.PASSWORD));
        if (back) {
            readPerson(form, typed, false, true, errors);
            draft.appAdminForm = typed;
            return move(Step.ORG_ADMIN);
        }
        if (!blank || ADD.equals(action)) {
            int max = new RegistrationConfig(realm).maxApplicationAdministrators();
            if (draft.appAdmins.size() >= max) {
                readPerson(form, typed, false, true, errors);
                draft.appAdminForm = typed;
                return List.of(new FormMessage(null, "magRegTooManyAppAdmins", max));
            }
            readPerson(form, typed, false, false, errors);
            if (!errors.isEmpty()) {
                draft.appAdminForm = typed;
                return errors;
            }
            draft.appAdmins.add(typed);
            draft.appAdminForm = new Person();
            if (ADD.equals(action)) {
                return List.of();
            }
        }
        if (!draft.orgAdminIsAppAdmin && draft.appAdmins.isEmpty()) {
            return List.of(new FormMessage(ORG_ADMIN_IS_APP_ADMIN, "magRegAppAdminRequired"));
        }
        return move(Step.REVIEW);
    }

    /**
     * Reads one administrator's fields into {@code person}; with {@code keepOnly} (Back) it keeps
     * what was typed without checking. A new one-time password is checked against the realm's
     * password policy and hashed at once; an empty one keeps the hash already entered. An existing
     * account is named by its User ID and email only. Whether a User ID or email is already in use
     * is never answered here (the page is public): the submission checks it and tells the operator.
     * An email may be shared with other accounts, as one person's accounts share their address.
     */
    private void readPerson(MultivaluedMap<String, String> form, Person person, boolean self, boolean keepOnly,
                            List<FormMessage> errors) {
        person.firstName = Fields.clean(form.getFirst(Fields.FIRST_NAME));
        person.lastName = Fields.clean(form.getFirst(Fields.LAST_NAME));
        person.email = self ? draft.contactEmail : Fields.clean(form.getFirst(Fields.EMAIL));
        person.username = Fields.clean(form.getFirst(Fields.USERNAME)).toLowerCase(Locale.ROOT);
        String password = form.getFirst(Fields.PASSWORD);
        String confirm = form.getFirst(Fields.PASSWORD_CONFIRM);
        if (keepOnly) {
            return;
        }
        if (!person.existing) {
            Fields.nameError(Fields.FIRST_NAME, person.firstName).ifPresent(errors::add);
            Fields.nameError(Fields.LAST_NAME, person.lastName).ifPresent(errors::add);
        }
        Fields.emailError(Fields.EMAIL, person.email).ifPresent(errors::add);
        if (person.username.isEmpty()) {
            errors.add(new FormMessage(Fields.USERNAME, "magRegRequired"));
        } else if (!Fields.USERNAME_FORMAT.matcher(person.username).matches()) {
            errors.add(new FormMessage(Fields.USERNAME, "magRegInvalidUsername"));
        } else if (usernameUsedInDraft(person)) {
            errors.add(new FormMessage(Fields.USERNAME, "magRegUsernameRepeated"));
        }
        if (person.existing) {
            // The selected account keeps its own names and password.
            person.firstName = "";
            person.lastName = "";
            person.passwordCredentialData = null;
            person.passwordSecretData = null;
            return;
        }
        if (isEmpty(password)) {
            if (!person.hasPassword()) {
                errors.add(new FormMessage(Fields.PASSWORD, "magRegRequired"));
            }
        } else if (password.length() > Fields.PASSWORD_MAX) {
            errors.add(new FormMessage(Fields.PASSWORD, "magRegTooLong", Fields.PASSWORD_MAX));
        } else if (!password.equals(confirm)) {
            errors.add(new FormMessage(Fields.PASSWORD_CONFIRM, "magRegPasswordMismatch"));
        } else {
            PolicyError policy = session.getProvider(PasswordPolicyManagerProvider.class)
                    .validate(person.username.isEmpty() ? null : person.username, password);
            if (policy == null) {
                policy = notEmailError(person.email, password);
            }
            if (policy != null) {
                errors.add(new FormMessage(Fields.PASSWORD, policy.getMessage(), policy.getParameters()));
            } else {
                hash(person, password);
            }
        }
    }

    /**
     * The realm's "not email" rule for a person who is no user yet: Keycloak's policy check by
     * username alone skips it (it needs a UserModel), so it is applied here as Keycloak's
     * NotEmailPasswordPolicyProvider applies it, with Keycloak's own message.
     */
    private PolicyError notEmailError(String email, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        if (policy == null || !policy.getPolicies().contains(NotEmailPasswordPolicyProviderFactory.ID)
                || email == null || email.isEmpty() || !password.equalsIgnoreCase(email)) {
            return null;
        }
        return new PolicyError(NOT_EMAIL_MESSAGE);
    }

    private boolean usernameUsedInDraft(Person person) {
        Set<String> others = new HashSet<>();
        if (person != draft.orgAdmin && !draft.orgAdmin.username.isEmpty()) {
            others.add(draft.orgAdmin.username);
        }
        draft.appAdmins.stream().filter(p -> p != person).forEach(p -> others.add(p.username));
        return others.contains(person.username);
    }

    private void hash(Person person, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy != null && policy.getHashAlgorithm() != null
                ? session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm())
                : null;
        if (hash == null) {
            hash = session.getProvider(PasswordHashProvider.class);
        }
        PasswordCredentialModel credential = hash.encodedCredential(password, policy == null ? -1 : policy.getHashIterations());
        person.passwordCredentialData = credential.getCredentialData();
        person.passwordSecretData = credential.getSecretData();
    }

    private List<FormMessage> submit() {
        WizardSubmission.Result result = new WizardSubmission(session, realm, draft).submit();
        if (result.errors().isEmpty()) {
            draft.step = Step.DONE;
        } else {
            eventError = result.eventError();
        }
        return result.errors();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static int parseInt(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
