package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OrganizationApplicationsScreen;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Public applications for existing organizations: the realm file's Northwind Sourcing is open to
 * public registration ({@code mag.public-registration=true}); an Organization Administrator
 * registers their organization for it from Partner Applications or through REST, without an
 * invitation, choosing its Application Administrators; the owning partner's Service Provider
 * Administrator is emailed. Refused: a second registration, an application not open to public
 * registration, a user who is no Organization Administrator.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PublicApplicationRegistrationIT {

    private static final String PUBLIC_APPLICATION = "northwind-sourcing";
    private static final String PUBLIC_APPLICATION_NAME = "Northwind Sourcing";
    private static final String INVITATION_ONLY_APPLICATION = "northwind-supplier-portal";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mailServer;

    private ApplicationAccessApi api;
    private SupplierOrganizations suppliers;
    private TestUsers users;
    private Mailbox mails;
    private String organizationId;
    private String organizationName;

    @BeforeEach
    void setUp() {
        api = new ApplicationAccessApi(realm);
        suppliers = new SupplierOrganizations(realm);
        users = suppliers.users();
        mails = new Mailbox(mailServer);
        SignInPage.signOut(browser, realm);
        organizationId = suppliers.organization("Bolt & Nut");
        organizationName = suppliers.name(organizationId);
        suppliers.administrator(organizationId, "olga");
        suppliers.member(organizationId, "mike");
    }

    private String spAdminEmail() {
        return realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getEmail();
    }

    private String tokenOf(String name) {
        return api.token(users.username(name), TestUsers.PASSWORD);
    }

    private String userId(String name) {
        return realm.admin().users().search(users.username(name), true).get(0).getId();
    }

    private HttpResponse<String> register(String clientId, String token) {
        return api.applications().post("organization/public/" + clientId + "/register", Map.of("organizationId", organizationId), token);
    }

    @Test
    @DisplayName("the Organization Administrator registers the organization for the public application on Partner Applications: subscribed, the chosen user administers it, the partner is emailed, escaped")
    void registerOnThePage() throws Exception {
        OrganizationApplicationsScreen.open(oauth);
        new SignInPage(browser).signIn(users.username("olga"), TestUsers.PASSWORD);
        OrganizationApplicationsScreen screen = new OrganizationApplicationsScreen(browser);
        assertThat(screen.publicSubscribed(PUBLIC_APPLICATION)).isFalse();

        screen.register(PUBLIC_APPLICATION, users.username("mike"));

        assertThat(screen.message()).isEqualTo("Your organization is registered for " + PUBLIC_APPLICATION_NAME + ". The partner has been told.");
        assertThat(screen.publicSubscribed(PUBLIC_APPLICATION)).isTrue();
        String html = Emails.html(mails.await(spAdminEmail(), organizationName + " registered for " + PUBLIC_APPLICATION_NAME));
        assertThat(html).contains(organizationName.replace("&", "&amp;")).doesNotContain(organizationName);
        String alias = new RoleGroups(realm).alias(organizationId);
        assertThat(new RoleGroups(realm).paths(userId("mike")))
                .contains(RoleGroups.applicationPath(alias, PUBLIC_APPLICATION, RoleGroups.APPLICATION_ADMINISTRATORS));
        JsonNode open = RestApiClient.expect(200, api.applications().get("organization/public", tokenOf("olga")));
        JsonNode sourcing = null;
        for (JsonNode app : open) {
            if (PUBLIC_APPLICATION.equals(app.path("clientId").asText())) {
                sourcing = app;
            }
        }
        assertThat(sourcing).as("listed").isNotNull();
        assertThat(sourcing.path("subscribed").asBoolean()).isTrue();
        assertThat(open.findValuesAsText("clientId")).doesNotContain(INVITATION_ONLY_APPLICATION);
    }

    @Test
    @DisplayName("through REST: 201 with a PUBLIC_REGISTRATION subscription (the caller administers it); a second registration 409; an invitation-only application 404; a plain member 403, recorded")
    void registerThroughRestAndRefusals() {
        HttpResponse<String> registered = register(PUBLIC_APPLICATION, tokenOf("olga"));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(RestApiClient.json(registered).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(RestApiClient.json(registered).path("origin").asText()).isEqualTo("PUBLIC_REGISTRATION");
        String alias = new RoleGroups(realm).alias(organizationId);
        assertThat(new RoleGroups(realm).paths(userId("olga")))
                .contains(RoleGroups.applicationPath(alias, PUBLIC_APPLICATION, RoleGroups.APPLICATION_ADMINISTRATORS));
        mails.await(spAdminEmail(), organizationName + " registered for " + PUBLIC_APPLICATION_NAME);

        HttpResponse<String> twice = register(PUBLIC_APPLICATION, tokenOf("olga"));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(RestApiClient.json(twice).path("error_description").asText())
                .isEqualTo(organizationName + " is already subscribed to " + PUBLIC_APPLICATION_NAME + ".");
        mails.assertNoMore(spAdminEmail(), organizationName + " registered for " + PUBLIC_APPLICATION_NAME, Mailbox.QUIET_PERIOD);

        HttpResponse<String> invitationOnly = register(INVITATION_ONLY_APPLICATION, tokenOf("olga"));
        assertThat(invitationOnly.statusCode()).as(invitationOnly.body()).isEqualTo(404);
        assertThat(RestApiClient.json(invitationOnly).path("error_description").asText())
                .isEqualTo("This application is not open to public registration.");

        String other = suppliers.organization("Quiet Castings");
        suppliers.member(other, "max");
        HttpResponse<String> member = api.applications().post("organization/public/" + PUBLIC_APPLICATION + "/register",
                Map.of("organizationId", other, "administrators", List.of(userId("max"))), tokenOf("max"));
        assertThat(member.statusCode()).as(member.body()).isEqualTo(403);
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId("max"), null, null, null, 0, 20))
                .anyMatch(event -> "mag_not_authorized".equals(event.getError()));
    }
}
