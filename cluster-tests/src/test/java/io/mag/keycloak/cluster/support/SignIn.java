package io.mag.keycloak.cluster.support;

/**
 * The realm's sign-in page (the realm file's default browser flow: User ID and password on one
 * page, form {@code kc-form-login}), driven through a {@link Browser} at a node of the test's choice.
 */
public final class SignIn {

    public static final String FORM = "kc-form-login";

    private SignIn() {
    }

    /**
     * Opens {@code application}'s authorization request on {@code pageNode}, submits the password
     * form on {@code submitNode} and follows the server's redirects there: the result is the
     * redirect to the application, or the page the server answered with.
     */
    public static Page withPassword(Browser browser, Application application, String username,
            Node pageNode, Node submitNode) {
        Page login = browser.get(application.authorizationUrl(), pageNode);
        Form form = login.form(FORM).set("username", username).set("password", Admin.PASSWORD);
        return browser.follow(browser.submit(form, submitNode), submitNode);
    }
}
