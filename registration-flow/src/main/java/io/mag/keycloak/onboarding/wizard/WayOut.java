package io.mag.keycloak.onboarding.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.services.util.ResolveRelative;

/**
 * Where the "Registration submitted" page sends the user: the partner's application the
 * registration is for (its Home URL, else its root URL), else the gateway's sign-in page (the
 * account console, which asks to sign in). Without it the page was a dead end.
 */
final class WayOut {

    private WayOut() {
    }

    /** {@code url} and {@code application} (the application's name, "" for the sign-in page). */
    static Map<String, String> of(KeycloakSession session, RealmModel realm, WizardDraft draft) {
        List<String> candidates = new ArrayList<>();
        if (draft.clientId != null) {
            candidates.add(draft.clientId);
        }
        candidates.addAll(draft.sharedClientIds);
        for (String clientId : candidates) {
            ClientModel client = realm.getClientByClientId(clientId);
            String url = client == null || !client.isEnabled() ? null : homeUrl(session, client);
            if (url != null) {
                return view(url, name(client));
            }
        }
        String signIn = RealmsResource.realmBaseUrl(session.getContext().getUri()).path("account").path("")
                .build(realm.getName()).toString();
        return view(signIn, "");
    }

    private static String homeUrl(KeycloakSession session, ClientModel client) {
        String base = client.getBaseUrl() != null && !client.getBaseUrl().isBlank() ? client.getBaseUrl() : client.getRootUrl();
        if (base == null || base.isBlank()) {
            return null;
        }
        // An address the partner's admin configured (as for Keycloak's own "Back to application" link).
        return ResolveRelative.resolveRelativeUri(session, client.getRootUrl(), base);
    }

    private static String name(ClientModel client) {
        String name = client.getName();
        // A "${key}" name is a message key of the admin's; the client id reads better than the key.
        return name == null || name.isBlank() || name.startsWith("${") ? client.getClientId() : name;
    }

    private static Map<String, String> view(String url, String application) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("url", url);
        view.put("application", application);
        return view;
    }

}
