package io.mag.keycloak.stepup;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.validation.Validation;

/** How long a temporary brute-force lock of the flow's user still lasts, as the OTP page tells it. */
final class OtpLockout {

    private OtpLockout() {
    }

    /** "Try again in N minutes", under the code field. */
    static FormMessage temporaryLockMessage(AuthenticationFlowContext context) {
        int minutes = minutesLeft(context);
        return minutes == 1
                ? new FormMessage(Validation.FIELD_OTP_CODE, "magOtpLockedTemporarilyOneMinute")
                : new FormMessage(Validation.FIELD_OTP_CODE, "magOtpLockedTemporarily", minutes);
    }

    /** Whole minutes until the lock ends, rounded up, at least 1. */
    private static int minutesLeft(AuthenticationFlowContext context) {
        UserLoginFailureModel failures = context.getSession().loginFailures()
                .getUserLoginFailure(context.getRealm(), context.getUser().getId());
        if (failures == null) {
            return 1;
        }
        return minutes(failures.getFailedLoginNotBefore() - Time.currentTime());
    }

    static int minutes(int secondsLeft) {
        return Math.max(1, (secondsLeft + 59) / 60);
    }
}
