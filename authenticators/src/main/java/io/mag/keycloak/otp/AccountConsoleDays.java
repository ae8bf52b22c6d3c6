package io.mag.keycloak.otp;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * Writes a subscription day (UTC) as the account console's reader writes dates. The console shows
 * our credential metadata as a message key with its parameters, filled in by the browser from the
 * account theme's bundle; a date parameter arrives as text, so it is written here, in the reader's
 * language: the pattern is the account bundle's {@value #PATTERN_KEY} (the key the login and email
 * themes use for the same purpose), the language Keycloak's own rule ({@code resolveLocale}: the
 * user's locale, then the request's, then the realm's default), the one the console page got.
 * Without the key (a language without our bundle) or with a pattern Java cannot read, ISO.
 */
final class AccountConsoleDays {

    private static final Logger LOG = Logger.getLogger(AccountConsoleDays.class);

    static final String PATTERN_KEY = "magDatePattern";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final DateTimeFormatter format;

    /** @param user the account console's user; null when the request speaks for no user */
    AccountConsoleDays(KeycloakSession session, UserModel user) {
        this.format = formatFor(session, user);
    }

    String format(Instant day) {
        return format.format(day);
    }

    private static DateTimeFormatter formatFor(KeycloakSession session, UserModel user) {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null) {
            return ISO;
        }
        Locale locale = session.getContext().resolveLocale(user);
        String pattern;
        try {
            pattern = session.theme().getTheme(Theme.Type.ACCOUNT).getEnhancedMessages(realm, locale).getProperty(PATTERN_KEY);
        } catch (IOException e) {
            LOG.warnf("Account theme messages of realm %s not readable: subscription dates in ISO", realm.getName());
            return ISO;
        }
        if (pattern == null || pattern.isBlank()) {
            return ISO;
        }
        try {
            return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            LOG.warnf("%s '%s' of the account theme (%s) is no date pattern: subscription dates in ISO", PATTERN_KEY, pattern, locale);
            return ISO;
        }
    }
}
