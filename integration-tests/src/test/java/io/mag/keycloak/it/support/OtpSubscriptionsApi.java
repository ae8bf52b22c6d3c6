package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /admin/realms/{realm}/mag-otp-subscriptions} (tokens: {@link RestApiClient#adminToken}). */
public final class OtpSubscriptionsApi extends RestApiClient {

    public OtpSubscriptionsApi(ManagedRealm realm) {
        super(adminResource(realm, "mag-otp-subscriptions"));
    }

    /** The only OTP subscription of the user. */
    public JsonNode only(String userId, String token) {
        JsonNode list = expect(200, get("users/" + userId, token));
        if (list.size() != 1) {
            throw new AssertionError("expected one OTP subscription: " + list);
        }
        return list.get(0);
    }

    /** Records the subscription dates of the user's OTP credential (ISO-8601 instants). */
    public HttpResponse<String> setDates(String userId, String credentialId, String activatedAt, String expiresAt, String token) {
        return request("users/" + userId + "/credentials/" + credentialId, token).put(new Dates(activatedAt, expiresAt));
    }

    /** Issues a license key for the user and returns it. */
    public String issueKey(String userId, String token) {
        return expect(201, post("users/" + userId + "/license-keys", token)).path("key").asText();
    }

    /** The body of a set-dates request. */
    private record Dates(String activatedAt, String expiresAt) {
    }
}
