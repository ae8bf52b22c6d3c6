package io.mag.keycloak.common;

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
 * The realm's login-theme messages (with the realm's localization overrides), so that a REST
 * error says what the page says, from the same bundle. One locale rule for every REST answer:
 * Keycloak's own ({@code KeycloakContext#resolveLocale}: the user's locale, then the request's,
 * then the realm's default).
 */
public final class LoginThemeMessages {

    private static final Logger LOG = Logger.getLogger(LoginThemeMessages.class);

    private final Properties messages;
    private final Locale locale;

    /** @param user whose locale to prefer; null when the request speaks for no user */
    public LoginThemeMessages(KeycloakSession session, RealmModel realm, UserModel user) {
        this.locale = session.getContext().resolveLocale(user);
        Properties loaded;
        try {
            // The realm's own login theme: an admin request's context carries no login client.
            Theme theme = realm.getLoginTheme() == null
                    ? session.theme().getTheme(Theme.Type.LOGIN)
                    : session.theme().getTheme(realm.getLoginTheme(), Theme.Type.LOGIN);
            loaded = theme.getEnhancedMessages(realm, locale);
        } catch (IOException e) {
            LOG.warnf(e, "Login theme messages of realm %s not readable: REST errors carry message keys", realm.getName());
            loaded = new Properties();
        }
        this.messages = loaded;
    }

    /** The text of {@code key} with its parameters filled in; the key itself when the bundle lacks it. */
    public String format(String key, List<?> parameters) {
        String pattern = messages.getProperty(key, key);
        return new MessageFormat(pattern, locale).format(parameters.toArray());
    }

    /** The text of a message without parameters. */
    public String text(String key) {
        return format(key, List.of());
    }
}
