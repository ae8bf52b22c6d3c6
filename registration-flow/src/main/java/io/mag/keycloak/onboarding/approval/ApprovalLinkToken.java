package io.mag.keycloak.onboarding.approval;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.Constants;

/**
 * The First Time Login link of an approval email: a Keycloak action token (signed with the realm's
 * key, expiring, bound to the administrator's user id and to the email address it was sent to).
 * Following it proves that the administrator reads that mailbox, so it verifies the address; see
 * {@link ApprovalLinkTokenHandler}. Issued for the account console, where First Time Login starts.
 */
public final class ApprovalLinkToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mag-approval-link";

    ApprovalLinkToken(String userId, String email, int expiresAt) {
        super(userId, TOKEN_TYPE, expiresAt, null);
        setEmail(email);
        issuedFor(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
    }

    /** For Jackson. */
    private ApprovalLinkToken() {
    }
}
