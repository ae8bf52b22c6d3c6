package io.mag.keycloak.it.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** The realm attributes (where the gateway's realm settings live) that tests change, through the admin API. */
public final class RealmAttributes {

    /** A proof-of-work bound HtmlUnit solves in moments (the shipped realm's is far higher). */
    public static final int EASY_CAPTCHA = 2000;
    private static final String POW_MAX_NUMBER = "magRegistrationPowMaxNumber";
    private static final String RATE_LIMIT = "magRegistrationRateLimit";
    private static final String NO_RATE_LIMIT = "100000";

    private RealmAttributes() {
    }

    /** Applies the change to the realm's attributes; no update when it leaves them as they were. */
    public static void change(ManagedRealm realm, Consumer<Map<String, String>> change) {
        RealmRepresentation rep = realm.admin().toRepresentation();
        Map<String, String> before = rep.getAttributes() == null ? Map.of() : rep.getAttributes();
        Map<String, String> attributes = new HashMap<>(before);
        change.accept(attributes);
        if (!attributes.equals(before)) {
            rep.setAttributes(attributes);
            realm.admin().update(rep);
        }
    }

    /** A cheap captcha (proof of work up to {@code powMaxNumber}) and no registration rate limit: for tests that submit the wizard often. */
    public static void easyCaptchaAndNoRateLimit(ManagedRealm realm, int powMaxNumber) {
        change(realm, attributes -> easyCaptchaAndNoRateLimit(attributes, powMaxNumber));
    }

    public static void easyCaptchaAndNoRateLimit(Map<String, String> attributes, int powMaxNumber) {
        attributes.put(POW_MAX_NUMBER, Integer.toString(powMaxNumber));
        attributes.put(RATE_LIMIT, NO_RATE_LIMIT);
    }
}
