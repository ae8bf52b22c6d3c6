package io.mag.keycloak.common.otp;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * When each of a user's OTP credentials' annual subscription expires, read from where the OTP
 * capability keeps it and the account console's Signing in page shows it: a companion credential
 * of type {@value #TYPE} per OTP credential ({@code otpCredentialId}, {@code expiresAt} in epoch
 * milliseconds), else the implicit subscription of one year from the OTP credential's creation
 * (UTC). Read only; the OTP capability (authenticators) writes and renews these dates.
 */
public final class OtpSubscriptionExpiries {

    /** The companion credentials' type (the OTP capability's {@code SubscriptionCredentials.TYPE}). */
    public static final String TYPE = "mag-otp-subscription";

    /** One OTP credential's label (as its holder named it) and its subscription's expiry. */
    public record Expiry(String credentialId, String label, Instant expiresAt) {
    }

    private OtpSubscriptionExpiries() {
    }

    public static List<Expiry> of(UserModel user) {
        List<CredentialModel> companions = user.credentialManager().getStoredCredentialsByTypeStream(TYPE).toList();
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(otp -> new Expiry(otp.getId(), otp.getUserLabel(), recorded(companions, otp.getId()).orElseGet(() -> implicit(otp))))
                .filter(e -> e.expiresAt() != null)
                .toList();
    }

    private static Optional<Instant> recorded(List<CredentialModel> companions, String otpCredentialId) {
        for (CredentialModel companion : companions) {
            try {
                JsonNode data = JsonSerialization.readValue(companion.getCredentialData(), JsonNode.class);
                if (data != null && otpCredentialId.equals(data.path("otpCredentialId").asText(null)) && data.path("expiresAt").canConvertToLong()) {
                    return Optional.of(Instant.ofEpochMilli(data.path("expiresAt").asLong()));
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable companion says nothing; the OTP capability logs it when it reads it.
            }
        }
        return Optional.empty();
    }

    private static Instant implicit(CredentialModel otp) {
        Long created = otp.getCreatedDate();
        return created == null ? null : Instant.ofEpochMilli(created).atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    }
}
