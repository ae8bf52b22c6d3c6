package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.TestUsers;

/**
 * A partner application added after the realm import: as soon as its client has
 * {@code mag.owning-partner} and an existing {@code mag.access-role} (the client saved with the
 * attributes once the role exists, the role added to a client created with the attributes, or
 * both in one partial import), the owning partner is subscribed (origin {@code OWNER}), once, so
 * the partner's own staff reach it without an operator's subscription; an owner subscription an operator ended stays ended when
 * the client is saved again or its role added again.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OwnerSubscriptionOfAddedApplicationsIT {

    private static final String ACCESS_ROLE = "access";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private ApplicationAccessApi api;
    private RoleGroups groups;
    private Partners partners;
    private TestUsers users;
    private String tag;

    @BeforeEach
    void setUp() {
        api = new ApplicationAccessApi(realm);
        groups = new RoleGroups(realm);
        partners = new Partners(realm);
        users = new TestUsers(realm);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    /** A public client with direct grants, created through the admin REST; returns its resource. */
    private ClientResource createClient(String clientId, boolean partnerApplication) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setAttributes(new HashMap<>());
        if (partnerApplication) {
            declarePartnerApplication(client);
        }
        try (Response created = realm.admin().clients().create(client)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        return realm.admin().clients().get(realm.admin().clients().findByClientId(clientId).get(0).getId());
    }

    private static void declarePartnerApplication(ClientRepresentation client) {
        client.getAttributes().put("mag.owning-partner", Partners.DEMO_PARTNER_ALIAS);
        client.getAttributes().put("mag.access-role", ACCESS_ROLE);
    }

    private static void addAccessRole(ClientResource client) {
        RoleRepresentation role = new RoleRepresentation();
        role.setName(ACCESS_ROLE);
        client.roles().create(role);
    }

    private JsonNode ownerSubscription(String clientId) {
        return ownerSubscriptions(clientId).stream().findFirst().orElse(null);
    }

    /** A member of the owning partner in the application's users group; returns the username. */
    private String partnerStaffWithAccess(String name, String clientId) {
        String userId = users.create(name, name);
        partners.addMember(partners.demoPartnerId(), userId);
        groups.join(userId, RoleGroups.applicationPath(Partners.DEMO_PARTNER_ALIAS, clientId, RoleGroups.APPLICATION_USERS));
        return users.username(name);
    }

    /** The rows of the owning partner for the application: an owner is subscribed at most once. */
    private List<JsonNode> ownerSubscriptions(String clientId) {
        HttpResponse<String> list = api.subscriptions().get("?max=1000", api.operatorToken());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode subscription : RestApiClient.json(list)) {
            if (Partners.DEMO_PARTNER_ALIAS.equals(subscription.path("organizationAlias").asText()) && clientId.equals(subscription.path("clientId").asText())) {
                rows.add(subscription);
            }
        }
        return rows;
    }

    @Test
    @DisplayName("a partner application created through the admin REST with its attributes subscribes its owner as soon as its access role is added, without another save, once")
    void createdApplicationSubscribesItsOwnerWhenItsRoleIsAdded() {
        String clientId = "added-portal-" + tag;
        ClientResource client = createClient(clientId, true);
        assertThat(ownerSubscription(clientId)).as("no owner subscription while the access role is missing").isNull();

        addAccessRole(client);

        JsonNode subscription = ownerSubscription(clientId);
        assertThat(subscription).as("owner subscription, without another save of the client").isNotNull();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("origin").asText()).isEqualTo("OWNER");
        String staff = partnerStaffWithAccess("petra", clientId);
        assertThat(RestApiClient.passwordGrant(realm, clientId, staff, TestUsers.PASSWORD)).isNotBlank();
        // A later save and another role change nothing: one row, the same one.
        client.update(client.toRepresentation());
        RoleRepresentation other = new RoleRepresentation();
        other.setName("reader");
        client.roles().create(other);
        assertThat(ownerSubscriptions(clientId)).extracting(row -> row.path("id").asText())
                .containsExactly(subscription.path("id").asText());
    }

    @Test
    @DisplayName("a client role renamed to the declared access role (by id, as the admin console renames) subscribes the owner")
    void roleRenamedToTheAccessRoleSubscribesTheOwner() {
        String clientId = "renamed-portal-" + tag;
        ClientResource client = createClient(clientId, true);
        RoleRepresentation misnamed = new RoleRepresentation();
        misnamed.setName("acces");
        client.roles().create(misnamed);
        assertThat(ownerSubscriptions(clientId)).as("no access role yet").isEmpty();

        RoleRepresentation renamed = client.roles().get("acces").toRepresentation();
        renamed.setName(ACCESS_ROLE);
        realm.admin().rolesById().updateRole(renamed.getId(), renamed);

        assertThat(ownerSubscriptions(clientId)).extracting(row -> row.path("origin").asText()).containsExactly("OWNER");
    }

    @Test
    @DisplayName("a partner application added by a partial import, with its attributes and its access role, subscribes its owner")
    void partiallyImportedApplicationSubscribesItsOwner() {
        String clientId = "imported-portal-" + tag;
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setAttributes(new HashMap<>());
        declarePartnerApplication(client);
        RoleRepresentation role = new RoleRepresentation();
        role.setName(ACCESS_ROLE);
        RolesRepresentation roles = new RolesRepresentation();
        roles.setClient(Map.of(clientId, List.of(role)));
        PartialImportRepresentation partialImport = new PartialImportRepresentation();
        partialImport.setIfResourceExists("FAIL");
        partialImport.setClients(List.of(client));
        partialImport.setRoles(roles);

        try (Response imported = realm.admin().partialImport(partialImport)) {
            assertThat(imported.getStatus()).isEqualTo(200);
        }

        assertThat(ownerSubscriptions(clientId)).extracting(row -> row.path("origin").asText()).containsExactly("OWNER");
        String staff = partnerStaffWithAccess("ines", clientId);
        assertThat(RestApiClient.passwordGrant(realm, clientId, staff, TestUsers.PASSWORD)).isNotBlank();
    }

    @Test
    @DisplayName("a role added to a client without the partner attributes subscribes nobody")
    void roleOfAPlainClientSubscribesNobody() {
        String clientId = "plain-portal-" + tag;
        ClientResource client = createClient(clientId, false);

        addAccessRole(client);

        assertThat(ownerSubscriptions(clientId)).isEmpty();
    }

    @Test
    @DisplayName("an existing plain client given the partner attributes by an update subscribes its owner")
    void updatedClientSubscribesItsOwner() {
        String clientId = "converted-portal-" + tag;
        ClientResource client = createClient(clientId, false);
        addAccessRole(client);
        assertThat(ownerSubscription(clientId)).isNull();

        ClientRepresentation representation = client.toRepresentation();
        declarePartnerApplication(representation);
        client.update(representation);

        JsonNode subscription = ownerSubscription(clientId);
        assertThat(subscription).as("owner subscription").isNotNull();
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("origin").asText()).isEqualTo("OWNER");
        String staff = partnerStaffWithAccess("paul", clientId);
        assertThat(RestApiClient.passwordGrant(realm, clientId, staff, TestUsers.PASSWORD)).isNotBlank();
    }

    @Test
    @DisplayName("an owner subscription the operator ended stays ended when the client is saved again or its access role is added again, and the owner's staff stay refused")
    void endedOwnerSubscriptionStaysEnded() {
        String clientId = "ended-portal-" + tag;
        ClientResource client = createClient(clientId, true);
        addAccessRole(client);
        JsonNode subscription = ownerSubscription(clientId);
        assertThat(subscription).as("owner subscription").isNotNull();
        String userId = users.create("pia", "pia");
        partners.addMember(partners.demoPartnerId(), userId);
        api.end(subscription.path("id").asText());

        client.update(client.toRepresentation());
        client.roles().deleteRole(ACCESS_ROLE);
        addAccessRole(client);

        assertThat(ownerSubscriptions(clientId)).as("still the one row").hasSize(1);
        JsonNode after = ownerSubscription(clientId);
        assertThat(after.path("id").asText()).isEqualTo(subscription.path("id").asText());
        assertThat(after.path("status").asText()).isEqualTo("ENDED");
        assertThat(groups.find(RoleGroups.applicationPath(Partners.DEMO_PARTNER_ALIAS, clientId, RoleGroups.APPLICATION_USERS)))
                .as("users group of the ended subscription").isNull();
        assertThatThrownBy(() -> RestApiClient.passwordGrant(realm, clientId, users.username("pia"), TestUsers.PASSWORD))
                .isInstanceOf(AssertionError.class);
    }
}
