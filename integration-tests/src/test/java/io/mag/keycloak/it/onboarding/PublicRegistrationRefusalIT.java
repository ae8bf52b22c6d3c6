package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RegistrationWizardScreen;

/**
 * The wizard's start link for an application that is not open to public registration (its
 * attribute says false, it does not exist, or it is disabled) is refused with its own page and an
 * event, and starts nothing. The rate limit is raised so that the refusal itself answers.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PublicRegistrationRefusalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String NOT_PUBLIC = "mag_public_registration_not_allowed";

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @BeforeEach
    void raiseTheRateLimit() {
        RealmRepresentation rep = realm.admin().toRepresentation();
        Map<String, String> attributes = new HashMap<>(rep.getAttributes());
        attributes.put("magRegistrationRateLimit", "100000");
        rep.setAttributes(attributes);
        realm.admin().update(rep);
    }

    @Test
    void applicationsClosedToPublicRegistrationAreRefusedWithTheirOwnPage() throws Exception {
        ClientRepresentation disabled = new ClientRepresentation();
        disabled.setClientId("disabled-open-app");
        disabled.setEnabled(false);
        disabled.setPublicClient(true);
        disabled.setAttributes(Map.of("mag.public-registration", "true", "mag.owning-partner", Partners.DEMO_PARTNER_ALIAS));
        try (Response created = realm.admin().clients().create(disabled)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }

        HttpResponse<String> open = get(RegistrationWizardScreen.publicStartUrl(realm, RegistrationWizardScreen.PUBLIC_CLIENT));
        assertThat(open.statusCode()).as("an open application starts the wizard: the limiter lets requests through").isEqualTo(303);

        for (String clientId : List.of("northwind-supplier-portal", "no-such-application", "disabled-open-app")) {
            HttpResponse<String> refused = get(RegistrationWizardScreen.publicStartUrl(realm, clientId));
            assertThat(refused.statusCode()).as(clientId).isEqualTo(400);
            assertThat(refused.headers().firstValue("Location")).as(clientId + " starts no wizard").isEmpty();
            assertThat(refused.body()).as(clientId)
                    .contains("This application is not open to public registration. Ask the partner company for an invitation.");
        }
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, null, null, null, null, 0, 100))
                .filteredOn(e -> NOT_PUBLIC.equals(e.getError()))
                .as("one refusal event per refused link")
                .hasSize(3);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
