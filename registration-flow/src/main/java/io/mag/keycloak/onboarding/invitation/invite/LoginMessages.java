package io.mag.keycloak.onboarding.invitation.invite;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * The realm's login-theme messages (with the realm's localization overrides), so that REST errors
 * say what the page says, from the same bundle, in the caller's locale.
 */
final class LoginMessages {

    private static final Logger LOG = Logger.getLogger(LoginMessages.class);

    private final Properties messages;
    private final Locale locale;

    LoginMessages(KeycloakSession session, RealmModel realm, UserModel user) {
        this.locale = session.getContext().resolveLocale(user);
        Properties loaded;
        try {
            loaded = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(realm, locale);
        } catch (IOException e) {
            LOG.warnf(e, "Login theme messages not readable: REST errors carry message keys");
            loaded = new Properties();
        }
        this.messages = loaded;
    }

    String format(String key, List<String> parameters) {
        String pattern = messages.getProperty(key, key);
        return new MessageFormat(pattern, locale).format(parameters.toArray());
    }
}
