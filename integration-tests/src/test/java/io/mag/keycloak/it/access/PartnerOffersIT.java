package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OrganizationApplicationsScreen;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * Access to additional partners: the partner's Service Provider Administrator, whose search before
 * an invitation finds the organization registered already, invites it to an application instead
 * (page and REST); its Organization Administrators are emailed and one of them accepts (choosing
 * the Application Administrators among its users: they reach the application) or declines; the
 * partner is emailed the answer. Refused: a second answer, another organization's administrator,
 * another partner's Service Provider Administrator, an organization subscribed already, a chosen
 * administrator who is no member.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PartnerOffersIT {

    private static final String OFFER_SUBJECT = "invites your organization to " + PartnerApplication.NAME;

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    /** The partner's application (its users are refused until they have access). */
    @InjectOAuthClient(ref = "partner-application", config = PartnerApplication.class)
    OAuthClient oauth;

    /** A client that is no partner application, through which the pages are opened. */
    @InjectOAuthClient
    OAuthClient pages;

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
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        SignInPage.signOut(browser, realm);
        // An ampersand in the name: every email and page must escape it.
        organizationId = suppliers.organization("Smith & Sons");
        organizationName = suppliers.name(organizationId);
        suppliers.administrator(organizationId, "olga");
        suppliers.member(organizationId, "mike");
    }

    private String spAdminToken() {
        return api.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
    }

    private String spAdminEmail() {
        return realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getEmail();
    }

    private String tokenOf(String name) {
        return api.token(users.username(name), TestUsers.PASSWORD);
    }

    private HttpResponse<String> offer(String organization, String token) {
        return api.partner().post("offers", Map.of("organization", organization, "clientId", oauth.getClientId()), token);
    }

    private String offered() {
        return RestApiClient.expect(201, offer(organizationId, spAdminToken())).path("id").asText();
    }

    private JsonNode offerAsPartnerSees(String offerId) {
        return RestApiClient.expect(200, api.partner().get("offers/" + offerId, spAdminToken()));
    }

    private List<EventRepresentation> events(String userId, String type) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 50);
    }

    private List<String> operations(String userId) {
        return events(userId, "CUSTOM_REQUIRED_ACTION").stream().map(e -> e.getDetails().get("mag_operation")).toList();
    }

    /** The authors (user ids) of the admin events of that operation on the subscription. */
    private List<String> adminEventAuthors(String operation, String subscriptionId) {
        return realm.admin().getAdminEvents(List.of(operation), null, null, null, null, "mag-subscriptions/" + subscriptionId, null, null, null, 0, 10)
                .stream().map(event -> event.getAuthDetails().getUserId()).toList();
    }

    private boolean refusedAsNotAuthorized(String userId) {
        return events(userId, "CUSTOM_REQUIRED_ACTION_ERROR").stream().anyMatch(e -> "mag_not_authorized".equals(e.getError()));
    }

    @Test
    @DisplayName("the inviter's search finds the registered organization and invites it to the application; its Organization Administrator is emailed, escaped; a second invitation is refused")
    void offerFromTheInvitePageSearch() throws Exception {
        InviteOrganizationsScreen.open(pages);
        new SignInPage(browser).signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        InviteOrganizationsScreen screen = new InviteOrganizationsScreen(browser);
        screen.search(organizationName);
        assertThat(screen.matches()).containsExactly(organizationName);

        screen.offer(organizationName, oauth.getClientId());

        assertThat(screen.message()).isEqualTo(organizationName + " has been invited to " + PartnerApplication.NAME
                + ". Its Organization Administrators have been emailed.");
        MimeMessage mail = mails.await(users.email("olga"), OFFER_SUBJECT);
        assertThat(mail.getSubject()).isEqualTo("[Managed Access Gateway] " + Partners.DEMO_PARTNER_NAME + " " + OFFER_SUBJECT);
        String html = Emails.html(mail);
        assertThat(html).contains(organizationName.replace("&", "&amp;")).doesNotContain(organizationName)
                .contains("/account/content/organization-applications");
        JsonNode offers = RestApiClient.expect(200, api.applications().get("organization/offers", tokenOf("olga")));
        assertThat(offers.findValuesAsText("status")).containsExactly("OFFERED");
        assertThat(offers.findValuesAsText("clientId")).containsExactly(oauth.getClientId());
        String spAdminId = realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getId();
        assertThat(operations(spAdminId)).contains("SUBSCRIPTION_OFFERED");
        assertThat(adminEventAuthors("CREATE", offers.get(0).path("id").asText())).as("operators see the offer").containsExactly(spAdminId);

        screen.search(organizationName);
        screen.offer(organizationName, oauth.getClientId());
        assertThat(screen.message()).isEqualTo(organizationName + " has already been invited to " + PartnerApplication.NAME
                + " and has not answered yet.");
        mails.assertNoMore(users.email("olga"), OFFER_SUBJECT, Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("an Adoption Administrator, who may invite, is offered no invitation of a registered organization to an application")
    void adoptionAdministratorIsOfferedNoOffer() {
        Partners partners = new Partners(realm);
        String adaId = users.create("ada", "ada");
        partners.addMember(partners.demoPartnerId(), adaId);
        partners.grantRole(adaId, Partners.DEMO_PARTNER_ALIAS, RoleGroups.ADOPTION_ADMINISTRATORS);
        InviteOrganizationsScreen.open(pages);
        new SignInPage(browser).signIn(users.username("ada"), TestUsers.PASSWORD);
        InviteOrganizationsScreen screen = new InviteOrganizationsScreen(browser);

        screen.search(organizationName);

        assertThat(screen.matches()).containsExactly(organizationName);
        assertThat(screen.offersApplications()).isFalse();
    }

    @Test
    @DisplayName("the Organization Administrator accepts on Partner Applications choosing an Application Administrator: subscribed once, the partner is emailed, the chosen user reaches the application")
    void acceptOnThePage() throws Exception {
        String offerId = offered();
        mails.await(users.email("olga"), OFFER_SUBJECT);
        OrganizationApplicationsScreen.open(pages);
        new SignInPage(browser).signIn(users.username("olga"), TestUsers.PASSWORD);
        OrganizationApplicationsScreen screen = new OrganizationApplicationsScreen(browser);
        assertThat(screen.offers()).containsExactly(offerId);
        assertThat(screen.offerText(offerId)).contains(Partners.DEMO_PARTNER_NAME, organizationName, PartnerApplication.NAME);

        screen.accept(offerId, users.username("mike"));

        assertThat(screen.message()).isEqualTo("Invitation accepted: your organization is subscribed to " + PartnerApplication.NAME
                + ". The partner has been told.");
        assertThat(screen.offers()).isEmpty();
        MimeMessage answer = mails.await(spAdminEmail(), organizationName + " accepted your invitation to " + PartnerApplication.NAME);
        assertThat(Emails.html(answer)).contains(organizationName.replace("&", "&amp;")).doesNotContain(organizationName);
        JsonNode subscription = offerAsPartnerSees(offerId);
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.path("origin").asText()).isEqualTo("PARTNER_OFFER");
        String alias = new RoleGroups(realm).alias(organizationId);
        String mikeId = realm.admin().users().search(users.username("mike"), true).get(0).getId();
        assertThat(new RoleGroups(realm).paths(mikeId))
                .contains(RoleGroups.applicationPath(alias, oauth.getClientId(), RoleGroups.APPLICATION_ADMINISTRATORS));
        AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("mike"), TestUsers.PASSWORD);
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(tokens).getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);

        HttpResponse<String> again = api.applications().post("organization/offers/" + offerId + "/accept",
                Map.of("administrators", List.of(mikeId)), tokenOf("olga"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(RestApiClient.json(again).path("error_description").asText()).isEqualTo("This invitation has already been answered.");
        JsonNode partnerSubscriptions = RestApiClient.expect(200, api.partner().get("subscriptions", spAdminToken()));
        long rows = 0;
        for (JsonNode row : partnerSubscriptions) {
            if (organizationId.equals(row.path("organizationId").asText()) && oauth.getClientId().equals(row.path("clientId").asText())) {
                rows++;
            }
        }
        assertThat(rows).as("one subscription").isEqualTo(1);
        String olgaId = realm.admin().users().search(users.username("olga"), true).get(0).getId();
        assertThat(operations(olgaId)).contains("OFFER_ACCEPTED", "SUBSCRIBED", "ROLE_GRANTED");
        assertThat(adminEventAuthors("UPDATE", offerId)).as("operators see the acceptance").containsExactly(olgaId);
    }

    @Test
    @DisplayName("the Organization Administrator declines through REST with a reason: the partner is emailed the reason, escaped; nobody reaches the application; the partner may offer again")
    void declineThroughRest() throws Exception {
        String offerId = offered();

        HttpResponse<String> declined = api.applications().post("organization/offers/" + offerId + "/decline",
                Map.of("reason", "Not <i>this</i> year"), tokenOf("olga"));

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(RestApiClient.json(declined).path("status").asText()).isEqualTo("DECLINED");
        String html = Emails.html(mails.await(spAdminEmail(), organizationName + " declined your invitation to " + PartnerApplication.NAME));
        assertThat(html).contains("Not &lt;i&gt;this&lt;/i&gt; year").doesNotContain("<i>this</i>");
        assertThat(oauth.doPasswordGrantRequest(users.username("mike"), TestUsers.PASSWORD).getStatusCode()).isEqualTo(400);
        assertThat(RestApiClient.expect(201, offer(organizationId, spAdminToken())).path("status").asText()).isEqualTo("OFFERED");
    }

    @Test
    @DisplayName("another organization's Organization Administrator cannot answer the offer, and a chosen administrator must be a member: refused, recorded, the offer stays open")
    void onlyTheOrganizationsAdministratorAnswers() {
        String offerId = offered();
        String otherOrganization = suppliers.organization("Other Works");
        String ottoId = suppliers.administrator(otherOrganization, "otto");

        HttpResponse<String> foreign = api.applications().post("organization/offers/" + offerId + "/accept",
                Map.of("administrators", List.of(ottoId)), tokenOf("otto"));
        HttpResponse<String> foreignDecline = api.applications().post("organization/offers/" + offerId + "/decline", Map.of(), tokenOf("otto"));
        HttpResponse<String> notAMember = api.applications().post("organization/offers/" + offerId + "/accept",
                Map.of("administrators", List.of(ottoId)), tokenOf("olga"));
        HttpResponse<String> byAMember = api.applications().post("organization/offers/" + offerId + "/accept",
                Map.of("administrators", List.of(ottoId)), tokenOf("mike"));

        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(foreignDecline.statusCode()).as(foreignDecline.body()).isEqualTo(403);
        assertThat(refusedAsNotAuthorized(ottoId)).isTrue();
        assertThat(notAMember.statusCode()).as(notAMember.body()).isEqualTo(400);
        assertThat(RestApiClient.json(notAMember).path("error_description").asText())
                .isEqualTo("Please choose between 1 and 25 Application Administrators among your organization's users.");
        assertThat(byAMember.statusCode()).as("a plain member is no Organization Administrator").isEqualTo(403);
        assertThat(offerAsPartnerSees(offerId).path("status").asText()).isEqualTo("OFFERED");
        assertThat(RestApiClient.expect(200, api.applications().get("organization/offers", tokenOf("otto")))).isEmpty();
    }

    @Test
    @DisplayName("only a Service Provider Administrator of the owning partner offers its application; an organization subscribed already or offered already is refused clearly")
    void offerRefusals() {
        String otherPartner = new Partners(realm).createOrganization("Other Partner " + users.username("p"), "other-partner-" + users.username("p"),
                users.username("p") + ".partner.example", "partner");
        String peteId = suppliers.member(otherPartner, "pete");
        suppliers.grantByOperator(otherPartner, peteId, "service-provider-administrator");

        HttpResponse<String> foreignPartner = offer(organizationId, tokenOf("pete"));
        HttpResponse<String> plainMember = offer(organizationId, tokenOf("mike"));

        assertThat(foreignPartner.statusCode()).as(foreignPartner.body()).isEqualTo(403);
        assertThat(refusedAsNotAuthorized(peteId)).isTrue();
        assertThat(plainMember.statusCode()).as(plainMember.body()).isEqualTo(403);
        assertThat(RestApiClient.expect(200, api.applications().get("organization/offers", tokenOf("olga")))).isEmpty();

        offered();
        HttpResponse<String> twice = offer(organizationId, spAdminToken());
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(RestApiClient.json(twice).path("error").asText()).isEqualTo("already_offered");

        String subscribedOrganization = suppliers.organization("Subscribed Forge");
        api.subscribe(subscribedOrganization, oauth.getClientId());
        suppliers.administrator(subscribedOrganization, "sara");
        HttpResponse<String> subscribed = offer(subscribedOrganization, spAdminToken());
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(409);
        assertThat(RestApiClient.json(subscribed).path("error").asText()).isEqualTo("already_subscribed");
        assertThat(RestApiClient.json(subscribed).path("error_description").asText())
                .isEqualTo(suppliers.name(subscribedOrganization) + " is already subscribed to " + PartnerApplication.NAME + ".");
        mails.assertNoMore(users.email("sara"), OFFER_SUBJECT, Mailbox.QUIET_PERIOD);
        HttpResponse<String> unknown = offer("no-such-organization", spAdminToken());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
