package io.mag.keycloak.orgadmin.users;

/**
 * A user an Organization Administrator creates: the User ID (blank: generated), names, the email
 * address that gets the First Time Login instructions, the One Time Password the administrator
 * hands over (a temporary password: changed at the first sign-in), and the language of the emails
 * and pages (blank: the realm's default).
 */
public record NewUser(String username, String firstName, String lastName, String email, String oneTimePassword, String locale) {

    public static final String USERNAME = "username";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String ONE_TIME_PASSWORD = "oneTimePassword";
    public static final String LOCALE = "locale";
}
