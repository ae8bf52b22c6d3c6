package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.otp.entitlement.RenewalEntitlementProvider;

/**
 * Changes to one user's OTP subscriptions: renewal by the user (with an entitlement), renewal by
 * an operator, dates set by an operator. The same OTP credential stays: renewing never touches
 * its secret. All in the caller's transaction.
 */
public final class OtpRenewals {

    public enum Outcome { RENEWED, NO_SUCH_CREDENTIAL, NO_SUBSCRIPTION, NOT_RENEWABLE, NOT_ENTITLED }

    /** What happened; {@code before}/{@code after} are set when known; {@code refusal} is the entitlement's reason. */
    public record Result(Outcome outcome, OtpSubscription before, OtpSubscription after, String refusal) {
        static Result of(Outcome outcome, OtpSubscription before) {
            return new Result(outcome, before, null, null);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final SubscriptionCredentials credentials;

    public OtpRenewals(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.credentials = new SubscriptionCredentials(user);
    }

    /** The user renews inside the window, authorized by the realm's renewal entitlement. */
    public Result renewWithEntitlement(String otpCredentialId, String proof) {
        return renew(otpCredentialId, otp -> session.getProvider(RenewalEntitlementProvider.class).redeem(realm, user, otp, proof));
    }

    /** An operator renews inside the window (the operator's decision is the entitlement). */
    public Result renewByOperator(String otpCredentialId) {
        return renew(otpCredentialId, otp -> Optional.empty());
    }

    private Result renew(String otpCredentialId, Function<CredentialModel, Optional<String>> entitlement) {
        CredentialModel otp = credentials.otpCredential(otpCredentialId).orElse(null);
        if (otp == null) {
            return Result.of(Outcome.NO_SUCH_CREDENTIAL, null);
        }
        SubscriptionRecord record = credentials.record(otp).orElse(null);
        if (record == null) {
            return Result.of(Outcome.NO_SUBSCRIPTION, null);
        }
        OtpSubscription before = record.subscription();
        Instant now = now();
        SubscriptionCalendar calendar = SubscriptionSettings.calendar(realm);
        if (!calendar.canRenew(before, now)) {
            return Result.of(Outcome.NOT_RENEWABLE, before);
        }
        // Checked last: a refused renewal (outside the window) must not consume the entitlement.
        Optional<String> refusal = entitlement.apply(otp);
        if (refusal.isPresent()) {
            return new Result(Outcome.NOT_ENTITLED, before, null, refusal.get());
        }
        OtpSubscription after = calendar.renewed(before, now);
        credentials.save(record.withDates(after, true));
        return new Result(Outcome.RENEWED, before, after, null);
    }

    /** An operator sets the dates (expiry after activation); empty when the user has no such OTP credential. */
    public Optional<OtpSubscription> setDates(String otpCredentialId, Instant activatedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(activatedAt)) {
            throw new IllegalArgumentException("expiresAt must be after activatedAt");
        }
        CredentialModel otp = credentials.otpCredential(otpCredentialId).orElse(null);
        if (otp == null) {
            return Optional.empty();
        }
        OtpSubscription subscription = new OtpSubscription(otpCredentialId, activatedAt, expiresAt);
        SubscriptionRecord record = credentials.record(otp).orElse(SubscriptionRecord.of(subscription));
        credentials.save(record.withDates(subscription, false));
        return Optional.of(subscription);
    }

    static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
