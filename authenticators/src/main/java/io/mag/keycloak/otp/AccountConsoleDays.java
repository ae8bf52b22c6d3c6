package io.mag.keycloak.otp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Writes a subscription day (UTC) as the account console writes its own dates. The console shows
 * our credential metadata as a message key with its parameters, filled in by the browser from the
 * account theme's bundle; a date parameter arrives as text, so it is written here. The console
 * writes "Created" with the browser's {@code Intl} long date style (and a time) in the locale the
 * server gave the page ({@code resolveLocale}: the user's locale, then the request's, then the
 * realm's default). Java's long localized style comes from the same CLDR data, so our day reads
 * like the console's ("November 30, 2027", "30. November 2027", "30 novembre 2027") in every
 * language, without a pattern of our own in any bundle.
 */
final class AccountConsoleDays {

    private final DateTimeFormatter format;

    /** @param user the account console's user; null when the request speaks for no user */
    AccountConsoleDays(KeycloakSession session, UserModel user) {
        Locale locale = session.getContext().getRealm() == null ? Locale.ENGLISH : session.getContext().resolveLocale(user);
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    String format(Instant day) {
        return format.format(day);
    }
}
