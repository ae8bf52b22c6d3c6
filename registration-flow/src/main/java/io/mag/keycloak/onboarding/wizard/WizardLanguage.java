package io.mag.keycloak.onboarding.wizard;

import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.util.LocaleUtil;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The wizard's language, kept the way Keycloak keeps a login page's: in the wizard's tab of the
 * authentication session. Keycloak's own login endpoints do this for their pages; the wizard is
 * a realm resource of ours, so it does the same steps itself:
 * <ul>
 * <li>the wizard's tab is the request's authentication session, so that Keycloak's locale
 * selector reads the language chosen in it;</li>
 * <li>the language selector's links add {@code kc_locale} to the page's address: that choice is
 * kept in the tab (and Keycloak's locale cookie), as Keycloak's {@code LocaleUtil} does;</li>
 * <li>a wizard opened from an invitation starts in the language the inviter chose for the
 * contact, unless the link itself asks for one.</li>
 * </ul>
 */
final class WizardLanguage {

    private WizardLanguage() {
    }

    static void start(KeycloakSession session, RealmModel realm, AuthenticationSessionModel tab, String invitationLocale) {
        if (invitationLocale != null && realm.isInternationalizationEnabled()) {
            tab.setAuthNote(LocaleSelectorProvider.USER_REQUEST_LOCALE, invitationLocale);
        }
        follow(session, realm, tab);
    }

    static void follow(KeycloakSession session, RealmModel realm, AuthenticationSessionModel tab) {
        session.getContext().setAuthenticationSession(tab);
        LocaleUtil.processLocaleParam(session, realm, tab);
    }

    /** The language the page is shown in (a supported locale of the realm; English when internationalization is off). */
    static String current(KeycloakSession session) {
        return session.getContext().resolveLocale(null).toLanguageTag();
    }
}
