package io.mag.keycloak.otp;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.util.JsonSerialization;

import io.mag.keycloak.common.otp.OtpSubscriptionExpiries;

/**
 * Where the subscription dates live: a companion credential of type {@value #TYPE} per OTP
 * credential that has recorded dates, stored in Keycloak's own CREDENTIAL table next to it.
 *
 * <p>Why a companion credential: Keycloak reads (and caches, in the user cache) all stored
 * credentials of a user together, so the step-up check reads the dates with the OTP credential
 * itself and makes no extra query; and Keycloak parses the OTP credential's own credentialData
 * into OTPCredentialData, failing on unknown properties, so the dates cannot go there. Admins see
 * the companion in the user's Credentials tab (label {@code <activation>/<expiry> · otp <id>}, an
 * ISO 8601 interval that reads alike in every language, the dates
 * under "Show data"); users see it on the account console's Signing in page
 * ({@link SubscriptionCredentialProvider}).
 *
 * <p>An OTP credential without a companion has the implicit subscription
 * {@code activation = its createdDate, expiry = activation + 1 year}. That is also how a newly
 * set-up credential gets its subscription: Keycloak stamps createdDate at setup, so nothing needs
 * to be written then (there is no hook in UpdateTotp, and its event is sent in a separate
 * transaction before the credential commits). A companion is written the first time something
 * changes: a renewal, an admin setting dates, a reminder being sent; and, with the implicit dates,
 * when the holder next completes a sign-in or a required action ({@link #recordImplicit()}, from
 * Manage OTP's trigger), so the account console has a row to show. An OTP credential without a
 * createdDate (an import that gave none) has no subscription.
 */
public final class SubscriptionCredentials {

    private static final Logger LOG = Logger.getLogger(SubscriptionCredentials.class);

    public static final String TYPE = OtpSubscriptionExpiries.TYPE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final UserModel user;

    public SubscriptionCredentials(UserModel user) {
        this.user = user;
    }

    /** The user's OTP credentials, in Keycloak's order. */
    public List<CredentialModel> otpCredentials() {
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).toList();
    }

    public Optional<CredentialModel> otpCredential(String credentialId) {
        return otpCredentials().stream().filter(c -> c.getId().equals(credentialId)).findFirst();
    }

    /** The subscription of an OTP credential: its recorded dates, else the implicit ones. */
    public Optional<OtpSubscription> subscriptionOf(CredentialModel otp) {
        return record(otp).map(SubscriptionRecord::subscription);
    }

    /** The stored record, or an unsaved implicit one from the credential's createdDate. */
    Optional<SubscriptionRecord> record(CredentialModel otp) {
        if (otp == null || !OTPCredentialModel.TYPE.equals(otp.getType())) {
            return Optional.empty();
        }
        Optional<SubscriptionRecord> stored = companion(otp.getId()).flatMap(SubscriptionCredentials::parse);
        if (stored.isPresent()) {
            return stored;
        }
        Long created = otp.getCreatedDate();
        return created == null ? Optional.empty()
                : Optional.of(SubscriptionRecord.of(SubscriptionCalendar.activatedAt(otp.getId(), Instant.ofEpochMilli(created))));
    }

    /** Whether the dates of this OTP credential are recorded (false: implicit from createdDate). */
    public boolean isRecorded(CredentialModel otp) {
        return companion(otp.getId()).flatMap(SubscriptionCredentials::parse).isPresent();
    }

    /**
     * Records the implicit dates of every OTP credential that has none yet, so that each has a
     * companion the account console can show. Reads the cached credentials; writes only for a
     * credential without a companion (once per credential). Returns how many were recorded.
     */
    public int recordImplicit() {
        int recorded = 0;
        for (CredentialModel otp : otpCredentials()) {
            if (otp.getCreatedDate() != null && !isRecorded(otp)) {
                save(record(otp).orElseThrow());
                recorded++;
            }
        }
        if (recorded > 0) {
            LOG.debugf("Recorded the implicit subscription of %d OTP credential(s) of user %s", recorded, user.getId());
        }
        return recorded;
    }

    /** Writes the record into the companion of its OTP credential, creating it when missing. */
    void save(SubscriptionRecord record) {
        String data;
        try {
            data = JsonSerialization.writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize an OTP subscription", e);
        }
        // ISO 8601 interval, the same for administrators of every language (the label is stored).
        String label = DAY.format(Instant.ofEpochMilli(record.activatedAt())) + "/" + DAY.format(Instant.ofEpochMilli(record.expiresAt()))
                + " · otp " + record.otpCredentialId();
        Optional<CredentialModel> existing = companion(record.otpCredentialId());
        if (existing.isPresent()) {
            CredentialModel companion = existing.get();
            companion.setCredentialData(data);
            companion.setUserLabel(label);
            user.credentialManager().updateStoredCredential(companion);
        } else {
            CredentialModel companion = new CredentialModel();
            companion.setType(TYPE);
            companion.setCreatedDate(Time.currentTimeMillis());
            companion.setUserLabel(label);
            companion.setSecretData("{}");
            companion.setCredentialData(data);
            user.credentialManager().createStoredCredential(companion);
        }
    }

    /**
     * Deletes companions whose OTP credential is gone (removed in the account console or by an
     * admin: Keycloak has no hook for that). Returns how many were removed.
     */
    public int removeOrphans() {
        var otpIds = otpCredentials().stream().map(CredentialModel::getId).collect(Collectors.toSet());
        List<CredentialModel> orphans = companions()
                .filter(c -> parse(c).map(r -> !otpIds.contains(r.otpCredentialId())).orElse(true))
                .toList();
        orphans.forEach(c -> user.credentialManager().removeStoredCredentialById(c.getId()));
        if (!orphans.isEmpty()) {
            LOG.debugf("Removed %d orphaned OTP subscription credential(s) of user %s", orphans.size(), user.getId());
        }
        return orphans.size();
    }

    private Stream<CredentialModel> companions() {
        return user.credentialManager().getStoredCredentialsByTypeStream(TYPE);
    }

    private Optional<CredentialModel> companion(String otpCredentialId) {
        return companions()
                .filter(c -> parse(c).map(r -> otpCredentialId.equals(r.otpCredentialId())).orElse(false))
                .findFirst();
    }

    static Optional<SubscriptionRecord> parse(CredentialModel companion) {
        try {
            SubscriptionRecord record = JsonSerialization.readValue(companion.getCredentialData(), SubscriptionRecord.class);
            return record == null || record.otpCredentialId() == null ? Optional.empty() : Optional.of(record);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Unreadable OTP subscription credential %s: ignored", companion.getId());
            return Optional.empty();
        }
    }
}
