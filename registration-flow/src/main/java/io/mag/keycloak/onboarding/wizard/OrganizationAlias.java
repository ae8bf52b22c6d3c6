package io.mag.keycloak.onboarding.wizard;

import java.text.Normalizer;
import java.util.Locale;

import org.keycloak.models.utils.KeycloakModelUtils;

/** The alias of a registered organization (Keycloak's URL-safe organization key). */
final class OrganizationAlias {

    private OrganizationAlias() {
    }

    /** A URL-safe alias from the name, with a random tail so that similar names never collide. */
    static String of(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("[^\\p{ASCII}]", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String tail = KeycloakModelUtils.generateId().substring(0, 6);
        return slug.isEmpty() ? "org-" + tail : slug + "-" + tail;
    }
}
