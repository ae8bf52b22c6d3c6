package io.mag.keycloak.orgadmin.change;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a change request changes. Organization changes are requested by an Organization
 * Administrator of the organization; user changes by the user, or by an Organization Administrator
 * on the user's behalf (a user who cannot sign in or receive mail at the old address).
 */
public enum ChangeRequestKind {
    /** Payload {@code userId}: a member of the organization becomes an Organization Administrator. */
    ORGANIZATION_ADMINISTRATOR(false),
    /** Payload {@code name}: the organization's name. */
    COMPANY_NAME(false),
    /** Payload {@code street}, {@code city}, {@code region}, {@code postalCode}, {@code country}. */
    COMPANY_ADDRESS(false),
    /** Payload {@code email}: the user's new address, verified before it is used. */
    EMAIL(true),
    /** Payload {@code firstName}, {@code lastName}. */
    LEGAL_NAME(true);

    private final boolean aboutUser;

    ChangeRequestKind(boolean aboutUser) {
        this.aboutUser = aboutUser;
    }

    /** Whether the change is to a user (email, legal name) rather than to the organization. */
    public boolean aboutUser() {
        return aboutUser;
    }

    /** {@code company-name}, ... as the API and the queue name it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ChangeRequestKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
