package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;

/**
 * What the account console writes for a credential, computed from the two sources the console
 * itself reads, without a browser that runs it (HtmlUnit does not): the account REST API's
 * credential metadata (a message key and its parameters) and the account theme's messages for
 * the page's language ({@code /resources/{realm}/account/{locale}}), whose {@code {{0}}}, {@code {{1}}}
 * the console fills with the parameters (i18next).
 */
public final class AccountConsoleTexts {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AccountConsoleTexts() {
    }

    /**
     * A subscription day (UTC) as the Signing in page writes it for a reader of {@code locale}:
     * the long date style of the console's own dates ("November 30, 2027", "30. November 2027",
     * "30 novembre 2027"). AccountConsoleStepUpIT checks in Chromium that this is the browser's
     * own rendering.
     */
    public static String day(Instant instant, String locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(locale))
                .withZone(ZoneOffset.UTC).format(instant);
    }

    /**
     * The info line (or else the warning title) of the first credential of {@code credentialType}
     * on the Signing in page of the token's user, in {@code locale}.
     */
    public static String credentialInfo(ManagedRealm realm, String userToken, String credentialType, String locale) {
        JsonNode types = get(realm.getBaseUrl() + "/account/credentials", userToken);
        JsonNode row = StreamSupport.stream(types.spliterator(), false)
                .filter(type -> credentialType.equals(type.path("type").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + credentialType + " on Signing in: " + types))
                .path("userCredentialMetadatas").path(0);
        JsonNode message = row.hasNonNull("infoMessage") ? row.path("infoMessage") : row.path("warningMessageTitle");
        String text = message(realm, message.path("key").asText(), locale);
        JsonNode parameters = message.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            text = text.replace("{{" + i + "}}", parameters.get(i).asText());
        }
        return text;
    }

    /** The account theme's text of {@code key} in {@code locale}, as the console loads it. */
    public static String message(ManagedRealm realm, String key, String locale) {
        String server = realm.getBaseUrl().substring(0, realm.getBaseUrl().indexOf("/realms/"));
        String realmName = realm.getBaseUrl().substring(realm.getBaseUrl().lastIndexOf('/') + 1);
        JsonNode messages = get(server + "/resources/" + realmName + "/account/" + locale, null);
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(entry -> key.equals(entry.path("key").asText()))
                .map(entry -> entry.path("value").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in the account messages of " + locale));
    }

    private static JsonNode get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + ": " + response.statusCode() + " " + response.body());
            }
            return ConnectionsApi.json(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
