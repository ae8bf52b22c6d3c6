package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;

/**
 * The invitations REST API takes only tokens meant for it: a valid token of the inviter issued to
 * another client of the realm (admin-cli, a partner's own application) is refused with 401
 * invalid_token and a refusal event; a token carrying the mag-invitations audience is accepted.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class InvitationsApiAudienceIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @Test
    void tokensOfOtherClientsAreRefusedAndTheDedicatedAudienceIsAccepted() {
        InvitationsApi api = new InvitationsApi(realm);
        String password = DemoUsers.password(DemoUsers.SP_ADMIN);

        ClientRepresentation app = new ClientRepresentation();
        app.setClientId("partner-own-app");
        app.setPublicClient(true);
        app.setDirectAccessGrantsEnabled(true);
        try (Response created = realm.admin().clients().create(app)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        for (String clientId : List.of("admin-cli", "partner-own-app")) {
            String token = ConnectionsApi.passwordGrant(realm, clientId, DemoUsers.SP_ADMIN, password);
            HttpResponse<String> list = api.get("", token);
            assertThat(list.statusCode()).as(clientId + ": " + list.body()).isEqualTo(401);
            assertThat(ConnectionsApi.json(list).path("error").asText()).isEqualTo("invalid_token");
            assertThat(ConnectionsApi.json(list).path("error_description").asText()).contains("mag-invitations");
            HttpResponse<String> create = api.create("Sneaky Audience Ltd", "sneaky@audience.example", List.of("northwind-sourcing"), token);
            assertThat(create.statusCode()).as(clientId).isEqualTo(401);
        }
        String spAdminId = realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getId();
        List<EventRepresentation> refusals = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, spAdminId,
                null, null, null, 0, 100);
        assertThat(refusals)
                .filteredOn(e -> "invalid_token".equals(e.getError()) && e.getDetails() != null && "wrong_audience".equals(e.getDetails().get("mag_refusal")))
                .extracting(EventRepresentation::getClientId)
                .containsExactlyInAnyOrder("admin-cli", "admin-cli", "partner-own-app", "partner-own-app");
        assertThat(ConnectionsApi.json(api.get("", api.token(DemoUsers.SP_ADMIN, password)))).as("nothing was created").isEmpty();

        String token = api.token(DemoUsers.SP_ADMIN, password);
        HttpResponse<String> accepted = api.get("", token);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        HttpResponse<String> created = api.create("Audience Works Ltd", "contact@audience-works.example", List.of("northwind-sourcing"), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
