package io.mag.keycloak.onboarding.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * What the registrant has entered so far, kept server-side in the wizard's authentication-session
 * tab (one JSON auth note), never in the browser. One-time passwords are kept only as the realm's
 * password hash. Public fields for Jackson; the class is package-private.
 */
final class WizardDraft {

    static final String NOTE = "mag.registration.draft";

    enum Step { CAPTCHA, INTRO, PROFILE, ORG_ADMIN, APP_ADMINS, REVIEW, DONE }

    /**
     * Who administers the organization: a new person, the registrant with the contact email, or an
     * account that already exists, selected by its User ID and email.
     */
    enum OrgAdminMode {
        NEW, SELF, EXISTING;

        /** The value of the page's {@code orgAdminMode} radio button. */
        String formValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static OrgAdminMode ofForm(String value) {
            for (OrgAdminMode mode : values()) {
                if (mode.formValue().equals(value)) {
                    return mode;
                }
            }
            return NEW;
        }
    }

    /** Becomes the registration request's id; also what makes a double submit create one request. */
    public String id;
    public Step step = Step.CAPTCHA;
    /** Public registration: the application (client id) the organization registers for. */
    public String clientId;
    public String invitationId;
    public String partnerOrganizationId;
    public String inviterUserId;
    public List<String> sharedClientIds = new ArrayList<>();
    /** Invitation path: the invited company name and contact email are fixed. */
    public boolean invited;
    public String contactEmail;
    public Map<String, String> profile = new LinkedHashMap<>();
    public OrgAdminMode orgAdminMode = OrgAdminMode.NEW;
    public Person orgAdmin = new Person();
    public boolean orgAdminIsAppAdmin;
    public List<Person> appAdmins = new ArrayList<>();
    /** The application-administrator form as last typed (Back keeps it). */
    public Person appAdminForm = new Person();
    /** Set once the request is stored. */
    public String registrationId;
    /** The language the wizard is being filled in, as of the last post: the registrants' emails are written in it. */
    public String locale;
    /** The language the inviter chose for the contact: the wizard opens in it. */
    public String invitationLocale;
    public String organizationId;

    /** A designated administrator. The password is the realm's hash of the one-time password. */
    static final class Person {
        /**
         * An account that already exists, selected by User ID and email: nothing is created for it,
         * and whether it exists is checked only at submission, for the operator to see.
         */
        public boolean existing;
        public String firstName = "";
        public String lastName = "";
        public String email = "";
        public String username = "";
        public String passwordCredentialData;
        public String passwordSecretData;

        boolean hasPassword() {
            return passwordSecretData != null;
        }

        boolean isBlank() {
            return firstName.isBlank() && lastName.isBlank() && email.isBlank() && username.isBlank();
        }
    }

    static WizardDraft of(AuthenticationSessionModel tab) {
        String json = tab == null ? null : tab.getAuthNote(NOTE);
        if (json == null) {
            return null;
        }
        try {
            return JsonSerialization.readValue(json, WizardDraft.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(AuthenticationSessionModel tab) {
        try {
            tab.setAuthNote(NOTE, JsonSerialization.writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String profile(String field) {
        return profile.getOrDefault(field, "");
    }
}
