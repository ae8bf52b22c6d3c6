package io.mag.keycloak.it.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AdminConsoleQueuePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.PendingRegistrations;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The operator decides registrations and change requests in Keycloak's admin console: the queue
 * page lists them, the operator approves one, tries to reject one without a reason and sees the
 * error, rejects it with a reason, approves a company-name change and the organization's name
 * changes; an admin who may not manage users sees why their approval was not saved.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OperatorQueueJourneyIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    private String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
    }

    private String status(String id) {
        return RegistrationsApi.asOperator(realm).registration(id).path("status").asText();
    }

    @Test
    void theOperatorApprovesAndRejectsWithAReasonFromTheConsole() {
        String approved = "Console Approval " + tag;
        String rejected = "Console Rejection " + tag;
        PendingRegistrations registrations = new PendingRegistrations(browser, realm);
        String approvedId = registrations.submit(approved, tag + "a");
        String rejectedId = registrations.submit(rejected, tag + "r");
        SignInPage.signOut(browser, realm);

        AdminConsoleQueuePage queue = new AdminConsoleQueuePage(browser, realm)
                .open(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        Screenshots screenshots = new Screenshots(browser, "operator-queue");
        assertThat(queue.navigationTitle()).isEqualTo("Operator queue");
        assertThat(queue.organizations()).contains(approved, rejected);
        screenshots.keep("01-list");

        queue.openItem(approved);
        assertThat(queue.field("kind")).isEqualTo("registration");
        queue.choose("approve");
        screenshots.keep("02-approve");
        assertThat(queue.save()).isEqualTo("Saved successfully");
        assertThat(status(approvedId)).isEqualTo("approved");

        queue.backToList();
        assertThat(queue.organizations()).doesNotContain(approved).contains(rejected);
        queue.openItem(rejected);
        queue.choose("reject");
        assertThat(queue.save()).contains("A rejection needs a reason. Nothing was saved.");
        screenshots.keep("03-reason-required");
        assertThat(status(rejectedId)).isEqualTo("pending");
        queue.reason("We could not confirm the company's registration number.");
        assertThat(queue.save()).isEqualTo("Saved successfully");
        assertThat(status(rejectedId)).isEqualTo("rejected");
    }

    @Test
    void theOperatorApprovesACompanyNameChangeFromTheConsole() {
        SupplierOrganizations suppliers = new SupplierOrganizations(realm);
        String org = suppliers.organization("Console Rename");
        suppliers.administrator(org, "cr-admin");
        String oldName = suppliers.name(org);
        String newName = "Console Renamed " + tag;
        RestApiClient.expect(201, suppliers.api().post("change-requests",
                Map.of("kind", "company-name", "organizationId", org, "values", Map.of("name", newName)), suppliers.token("cr-admin")));
        SignInPage.signOut(browser, realm);

        AdminConsoleQueuePage queue = new AdminConsoleQueuePage(browser, realm)
                .open(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        queue.openItem(oldName);
        assertThat(queue.field("kind")).isEqualTo("company-name");
        assertThat(queue.field("details")).contains("name: " + newName);
        queue.choose("approve");
        new Screenshots(browser, "operator-queue").keep("05-company-name");

        assertThat(queue.save()).isEqualTo("Saved successfully");
        assertThat(suppliers.name(org)).isEqualTo(newName);
        queue.backToList();
        assertThat(queue.organizations()).doesNotContain(oldName, newName);
    }

    @Test
    void anAdminWhoMayNotManageUsersSeesWhyNothingWasSaved() {
        String name = "Console Refusal " + tag;
        String id = new PendingRegistrations(browser, realm).submit(name, tag);
        SignInPage.signOut(browser, realm);
        TestUsers users = new TestUsers(realm);
        String userId = users.create("settings-admin", "settings-admin");
        String management = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> roles = realm.admin().clients().get(management).roles().list().stream()
                .filter(r -> List.of("view-realm", "manage-realm").contains(r.getName())).toList();
        realm.admin().users().get(userId).roles().clientLevel(management).add(roles);

        AdminConsoleQueuePage queue = new AdminConsoleQueuePage(browser, realm).open(users.username("settings-admin"), TestUsers.PASSWORD);
        queue.openItem(name);
        queue.choose("approve");

        assertThat(queue.save()).contains("Deciding requests needs the manage-users role of this realm. Nothing was saved.");
        new Screenshots(browser, "operator-queue").keep("04-needs-manage-users");
        assertThat(status(id)).isEqualTo("pending");
    }
}
