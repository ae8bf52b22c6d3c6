package io.mag.keycloak.it.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OperatorQueueApi;
import io.mag.keycloak.it.support.PendingRegistrations;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The operator's queue through the calls the admin console's declarative page makes (Keycloak's
 * component endpoint): a pending registration is an item; saving it with a decision decides the
 * registration through the same code as the admin REST; refusals are 400 with the mag admin
 * theme's text and change nothing; a REST decision removes the item.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OperatorQueueIT {

    private static final String SOURCE = "mag-registrations";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    private String tag;
    private OperatorQueueApi queue;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
        queue = OperatorQueueApi.asOperator(realm);
    }

    private String register(String name) {
        return new PendingRegistrations(browser, realm).submit(name, tag);
    }

    private JsonNode item(String registrationId) {
        return queue.item(SOURCE, registrationId).orElseThrow(() -> new AssertionError("no queue item for " + registrationId));
    }

    private String status(String registrationId) {
        return RegistrationsApi.asOperator(realm).registration(registrationId).path("status").asText();
    }

    @Test
    void aSubmittedRegistrationIsAQueueItemWithItsDetails() {
        String name = "Queue Listing " + tag;
        String id = register(name);

        JsonNode item = item(id);
        assertThat(OperatorQueueApi.value(item, "organization")).isEqualTo(name);
        assertThat(OperatorQueueApi.value(item, "kind")).isEqualTo("registration");
        assertThat(OperatorQueueApi.value(item, "subject")).isEqualTo("orgadmin-" + tag);
        assertThat(OperatorQueueApi.value(item, "decision")).isEqualTo("pending");
        assertThat(OperatorQueueApi.value(item, "details")).contains("contactEmail: " + PendingRegistrations.contactEmail(tag));
    }

    @Test
    void approvingTheItemApprovesTheRegistrationAndRemovesTheItem() {
        String id = register("Queue Approval " + tag);

        HttpResponse<String> saved = queue.decide(item(id), "approve", null);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("approved");
        assertThat(queue.item(SOURCE, id)).isEmpty();
        String operatorId = realm.admin().users().search(DemoUsers.OPERATOR, true).get(0).getId();
        assertThat(realm.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, SOURCE + "/" + id + "/approve", null, null, 0, 10))
                .as("the admin event the REST approval records").singleElement().satisfies(e -> {
                    assertThat(e.getResourceType()).isEqualTo("ORGANIZATION");
                    assertThat(e.getAuthDetails().getUserId()).isEqualTo(operatorId);
                });
    }

    @Test
    void rejectingWithAReasonRejectsAndEmailsTheReason() throws Exception {
        String name = "Queue Rejection " + tag;
        String id = register(name);

        HttpResponse<String> saved = queue.decide(item(id), "reject", "Not a supplier of <Northwind>");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("rejected");
        assertThat(queue.item(SOURCE, id)).isEmpty();
        String body = Emails.html(new Mailbox(mail).await(PendingRegistrations.contactEmail(tag),
                "[Managed Access Gateway] The registration of " + name + " was not approved"));
        assertThat(body).contains("Not a supplier of &lt;Northwind&gt;");
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAndChangesNothing() {
        String id = register("Queue No Reason " + tag);

        HttpResponse<String> saved = queue.decide(item(id), "reject", "   ");

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(RestApiClient.json(saved).path("errorMessage").asText()).isEqualTo("A rejection needs a reason. Nothing was saved.");
        assertThat(status(id)).isEqualTo("pending");
        assertThat(OperatorQueueApi.value(item(id), "decision")).isEqualTo("pending");
    }

    @Test
    void savingWithoutADecisionIsRefused() {
        String id = register("Queue Undecided " + tag);

        HttpResponse<String> saved = queue.decide(item(id), "pending", null);

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(RestApiClient.json(saved).path("errorMessage").asText()).isEqualTo("Choose approve or reject before saving.");
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void anAdminWithoutManageUsersIsRefusedWithTheReason() {
        String id = register("Queue No Permission " + tag);
        String admin = realmAdminWithout("manage-users");

        HttpResponse<String> saved = OperatorQueueApi.as(realm, admin, TestUsers.PASSWORD).decide(item(id), "approve", null);

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(RestApiClient.json(saved).path("errorMessage").asText())
                .isEqualTo("Deciding requests needs the manage-users role of this realm. Nothing was saved.");
        assertThat(status(id)).isEqualTo("pending");
        assertThat(OperatorQueueApi.value(item(id), "decision")).isEqualTo("pending");
    }

    @Test
    void aRestDecisionRemovesTheItemAndALaterSaveChangesNothing() {
        String id = register("Queue REST " + tag);
        JsonNode stale = item(id);

        RestApiClient.expect(200, RegistrationsApi.asOperator(realm).approve(id));

        assertThat(queue.item(SOURCE, id)).isEmpty();
        HttpResponse<String> saved = queue.decide(stale, "reject", "too late");
        assertThat(saved.statusCode()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("approved");
    }

    @Test
    void itemsCannotBeCreatedByHand() {
        HttpResponse<String> created = queue.create(Map.of("organization", "Invented " + tag, "kind", "registration",
                "request", SOURCE + "/" + UUID.randomUUID()));

        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(RestApiClient.json(created).path("errorMessage").asText())
                .isEqualTo("Queue items come from requests and cannot be created here.");
        assertThat(queue.items()).noneMatch(i -> ("Invented " + tag).equals(OperatorQueueApi.value(i, "organization")));
    }

    /** An admin of the realm who may view and manage the realm's settings but lacks {@code role}. */
    private String realmAdminWithout(String role) {
        TestUsers users = new TestUsers(realm);
        String userId = users.create("queue-admin", "queue-admin");
        String managementId = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> roles = realm.admin().clients().get(managementId).roles().list().stream()
                .filter(r -> List.of("view-realm", "manage-realm", "view-users", "query-users").contains(r.getName()))
                .filter(r -> !r.getName().equals(role))
                .toList();
        realm.admin().users().get(userId).roles().clientLevel(managementId).add(roles);
        return users.username("queue-admin");
    }
}
