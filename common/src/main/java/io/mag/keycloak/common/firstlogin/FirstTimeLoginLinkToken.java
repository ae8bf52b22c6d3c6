package io.mag.keycloak.common.firstlogin;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.Constants;

/**
 * The First Time Login link of an email that hands a new account over to its person (an approved
 * registration's administrators, a user an Organization Administrator created): a Keycloak action
 * token (signed with the realm's key, expiring, bound to the user's id and to the email address it
 * was sent to). Following it proves that the person reads that mailbox, so it verifies the
 * address; see {@link FirstTimeLoginLinkHandler}. Issued for the account console, where First Time
 * Login starts. The token type keeps its first name, so that links already sent stay valid.
 */
public final class FirstTimeLoginLinkToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mag-approval-link";

    FirstTimeLoginLinkToken(String userId, String email, int expiresAt) {
        super(userId, TOKEN_TYPE, expiresAt, null);
        setEmail(email);
        issuedFor(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
    }

    /** For Jackson. */
    private FirstTimeLoginLinkToken() {
    }
}
