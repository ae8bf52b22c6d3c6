package io.mag.keycloak.otp.manage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.forms.login.LoginFormsProvider;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.otp.OtpSubscription;
import io.mag.keycloak.otp.SubscriptionCalendar;
import io.mag.keycloak.otp.SubscriptionCredentials;
import io.mag.keycloak.otp.SubscriptionSettings;
import io.mag.keycloak.otp.SubscriptionStatus;

/** Renders mag-manage-otp.ftl with a fresh form nonce. */
final class ManageOtpForms {

    static final FormNonce NONCE = new FormNonce("manage-otp");

    static final String TEMPLATE = "mag-manage-otp.ftl";
    static final String ATTRIBUTE = "magOtp";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final RequiredActionContext context;

    ManageOtpForms(RequiredActionContext context) {
        this.context = context;
    }

    Response page(boolean error, String messageKey, Object... parameters) {
        SubscriptionCredentials store = new SubscriptionCredentials(context.getUser());
        SubscriptionCalendar calendar = SubscriptionSettings.calendar(context.getRealm());
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        List<ManageOtpPage.Credential> credentials = store.otpCredentials().stream()
                .map(otp -> view(otp, store, calendar, now))
                .toList();
        LoginFormsProvider form = context.form()
                .setAttribute(ATTRIBUTE, new ManageOtpPage(credentials, NONCE.issue(context.getAuthenticationSession())));
        if (messageKey != null) {
            if (error) {
                form.setError(messageKey, parameters);
            } else {
                form.setSuccess(messageKey, parameters);
            }
        }
        return form.createForm(TEMPLATE);
    }

    private static ManageOtpPage.Credential view(CredentialModel otp, SubscriptionCredentials store, SubscriptionCalendar calendar, Instant now) {
        OtpSubscription subscription = store.subscriptionOf(otp).orElse(null);
        String label = otp.getUserLabel();
        if (subscription == null) {
            return new ManageOtpPage.Credential(otp.getId(), label, null, null, null, SubscriptionStatus.LAPSED.name(), false, true);
        }
        SubscriptionStatus status = calendar.status(subscription, now);
        return new ManageOtpPage.Credential(otp.getId(), label,
                DAY.format(subscription.activatedAt()), DAY.format(subscription.expiresAt()),
                DAY.format(calendar.renewalClosesAt(subscription)),
                status.name(), status.renewable(), status == SubscriptionStatus.LAPSED);
    }
}
