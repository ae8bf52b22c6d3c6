package io.mag.keycloak.otp.setup;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The gated OTP setup's own pages: the license key before Keycloak's setup page, and the step-up refusal. */
final class OtpSetupPages {

    static final String LICENSE_TEMPLATE = "mag-otp-setup-license.ftl";
    static final String STEP_UP_TEMPLATE = "mag-otp-setup-step-up.ftl";

    private final RequiredActionContext context;

    OtpSetupPages(RequiredActionContext context) {
        this.context = context;
    }

    /** The license key page; {@code error} a message key shown at the key field, or null. */
    Response license(String error) {
        LoginFormsProvider form = context.form().setAttribute("magOtpSetup", new OtpSetupPage(context.getUser().getUsername()));
        if (error != null) {
            form.addError(new FormMessage(OtpSetupAction.LICENSE_KEY, error));
        }
        return form.createForm(LICENSE_TEMPLATE);
    }

    Response stepUpRequired() {
        return context.form().setAttribute("magOtpSetup", new OtpSetupPage(context.getUser().getUsername())).createForm(STEP_UP_TEMPLATE);
    }
}
