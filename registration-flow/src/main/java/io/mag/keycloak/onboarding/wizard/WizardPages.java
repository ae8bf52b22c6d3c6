package io.mag.keycloak.onboarding.wizard;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

import io.mag.keycloak.onboarding.captcha.RegistrationCaptcha;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Person;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Step;

/**
 * Renders the current step with Keycloak's LoginFormsProvider (the login theme's
 * {@code mag-registration-*.ftl}), so the wizard looks like the sign-in pages. Templates get
 * {@code magReg} (maps and strings only; FreeMarker escapes all of it), per-field errors through
 * Keycloak's {@code messagesPerField}, and a fresh single-use form nonce.
 */
final class WizardPages {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationSessionModel tab;
    private final WizardDraft draft;
    private final URI action;

    WizardPages(KeycloakSession session, RealmModel realm, AuthenticationSessionModel tab, WizardDraft draft, URI action) {
        this.session = session;
        this.realm = realm;
        this.tab = tab;
        this.draft = draft;
        this.action = action;
    }

    Response render(List<FormMessage> errors) {
        return render(errors, Response.Status.BAD_REQUEST);
    }

    /** The current step; with errors, answered with {@code errorStatus}. */
    Response render(List<FormMessage> errors, Response.Status errorStatus) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("step", draft.step.name());
        view.put("invited", draft.invited);
        view.put("contactEmail", nonNull(draft.contactEmail));
        view.put("profile", new LinkedHashMap<>(draft.profile));
        view.put("orgAdminMode", draft.orgAdminMode.formValue());
        view.put("orgAdmin", person(draft.orgAdmin));
        view.put("orgAdminIsAppAdmin", draft.orgAdminIsAppAdmin);
        List<Map<String, Object>> appAdmins = new ArrayList<>();
        draft.appAdmins.forEach(p -> appAdmins.add(person(p)));
        view.put("appAdmins", appAdmins);
        view.put("appAdminForm", person(draft.appAdminForm));
        view.put("registrationId", nonNull(draft.registrationId));
        view.put("hasGlobalError", errors.stream().anyMatch(e -> e.getField() == null || FormMessage.GLOBAL.equals(e.getField())));
        view.put("application", nonNull(draft.clientId));
        if (draft.step == Step.DONE) {
            view.put("wayOut", WayOut.of(session, realm, draft));
        }

        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class)
                .setActionUri(action)
                .setAttribute("magReg", view);
        if (draft.step != Step.DONE) {
            forms.setAttribute("formNonce", RegistrationWizardResource.NONCE.issue(tab));
        }
        if (draft.step == Step.CAPTCHA) {
            forms.setAttribute("magCaptcha", new RegistrationCaptcha(session, realm).view());
        }
        if (!errors.isEmpty()) {
            forms.setErrors(errors);
            forms.setStatus(errorStatus);
        }
        return forms.createForm(template(draft.step));
    }

    static String template(Step step) {
        return switch (step) {
            case CAPTCHA -> "mag-registration-captcha.ftl";
            case INTRO -> "mag-registration-intro.ftl";
            case PROFILE -> "mag-registration-profile.ftl";
            case ORG_ADMIN -> "mag-registration-org-admin.ftl";
            case APP_ADMINS -> "mag-registration-app-admins.ftl";
            case REVIEW -> "mag-registration-review.ftl";
            case DONE -> "mag-registration-submitted.ftl";
        };
    }

    private static Map<String, Object> person(Person person) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("firstName", nonNull(person.firstName));
        map.put("lastName", nonNull(person.lastName));
        map.put("email", nonNull(person.email));
        map.put("username", nonNull(person.username));
        map.put("hasPassword", person.hasPassword());
        map.put("existing", person.existing);
        return map;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
