package io.mag.keycloak.otp.setup;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OtpLevel;
import io.mag.keycloak.otp.OtpSubscriptions;

/** Step up, then set up: when a new OTP credential needs a session at the OTP level. */
public final class OtpSetupRules {

    /** Refusal reason of a setup below the OTP level (event detail {@code mag_refusal}). */
    public static final String STEP_UP_REQUIRED = "step_up_required";

    private OtpSetupRules() {
    }

    /**
     * An active OTP credential exists and this session has not reached the OTP level (the level
     * Keycloak recorded for the current authentication, from this sign-in or the SSO session's).
     */
    public static boolean stepUpNeeded(RequiredActionContext context) {
        if (!hasActiveOtp(context.getSession(), context.getRealm(), context.getUser())) {
            return false;
        }
        int level = new AcrStore(context.getSession(), context.getAuthenticationSession()).getLevelOfAuthenticationFromCurrentAuthentication();
        return level < OtpLevel.OTP;
    }

    static boolean hasActiveOtp(KeycloakSession session, RealmModel realm, UserModel user) {
        return !OtpSubscriptions.standard().activeOtpCredentials(session, realm, user).isEmpty();
    }
}
