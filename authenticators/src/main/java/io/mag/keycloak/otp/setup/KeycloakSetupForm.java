package io.mag.keycloak.otp.setup;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.CredentialValidation;
import org.keycloak.services.validation.Validation;

/**
 * Whether Keycloak's OTP setup will accept this post of its page: the checks its UpdateTotp makes
 * before creating the credential (a code, valid for the shown secret; a device name when the user
 * has OTP credentials already, not one of theirs). Lets the entitlement be redeemed only for a
 * post that will create the credential, so that a mistyped code does not cost a license key.
 * Keycloak still makes the checks itself; these only decide when to redeem.
 */
final class KeycloakSetupForm {

    private final RequiredActionContext context;
    private final MultivaluedMap<String, String> form;

    KeycloakSetupForm(RequiredActionContext context, MultivaluedMap<String, String> form) {
        this.context = context;
        this.form = form;
    }

    boolean wouldSucceed() {
        String code = form.getFirst("totp");
        String secret = form.getFirst("totpSecret");
        String label = form.getFirst("userLabel");
        if (Validation.isBlank(code) || Validation.isBlank(secret)) {
            return false;
        }
        RealmModel realm = context.getRealm();
        OTPCredentialModel candidate = OTPCredentialModel.createFromPolicy(realm, secret, label);
        if (!CredentialValidation.validOTP(code, candidate, realm.getOTPPolicy().getLookAheadWindow())) {
            return false;
        }
        var existing = context.getUser().credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).toList();
        if (existing.isEmpty()) {
            return true;
        }
        return !Validation.isBlank(label) && existing.stream().noneMatch(c -> label.strip().equals(c.getUserLabel()));
    }
}
