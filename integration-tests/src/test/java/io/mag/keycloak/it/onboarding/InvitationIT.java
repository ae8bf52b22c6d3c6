package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.Eventually;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.MailServerOutage;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Inviting a supplier organization: the demo Service Provider Administrator invites from the page
 * and through REST, the email arrives with a signed, bound, expiring Register Now link, resend
 * replaces the link, revoke and expiry show in the list, everyone else is refused, and hostile
 * names come out escaped.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class InvitationIT {

    private static final String SUBJECT = "You're Invited to Collaborate with Northwind Aerospace";
    private static final long THIRTY_DAYS = Duration.ofDays(30).toSeconds();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mailServer;

    @InjectTimeOffSet
    TimeOffSet clock;

    private TestUsers users;
    private Partners partners;
    private InvitationsApi api;
    private Mailbox mails;
    private InviteOrganizationsScreen screen;
    private String tag;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        partners = new Partners(realm);
        api = new InvitationsApi(realm);
        mails = new Mailbox(mailServer);
        screen = new InviteOrganizationsScreen(browser);
        tag = UUID.randomUUID().toString().substring(0, 8);
        SignInPage.signOut(browser, realm);
    }

    private String spAdminPassword() {
        return DemoUsers.password(DemoUsers.SP_ADMIN);
    }

    private String spAdminToken() {
        return api.token(DemoUsers.SP_ADMIN, spAdminPassword());
    }

    private void openPageAs(String username, String password) {
        SignInPage.signOut(browser, realm);
        InviteOrganizationsScreen.open(oauth);
        new SignInPage(browser).signIn(username, password);
    }

    private String contact(String name) {
        return name + "-" + tag + "@supplier-" + tag + ".example";
    }

    private List<Map<String, String>> events(String userId, String type, String operation) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 200).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && operation.equals(d.get("mag_operation")))
                .toList();
    }

    private String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ConnectionsApi.json(response).path("id").asText();
    }

    @Test
    @DisplayName("sp-admin invites from the page; the email has the exact subject, HTML and text, and a signed Register Now link bound to the invitation, valid 30 days")
    void invitesFromThePage() throws Exception {
        String email = contact("acme");
        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());
        assertThat(screen.isShown()).as("Invite Organizations page").isTrue();
        assertThat(screen.offeredApplications()).containsExactlyElementsOf(Partners.DEMO_APPLICATIONS);

        screen.invite("Acme Parts " + tag, email, "northwind-sourcing");

        assertThat(screen.message()).contains("Invitation sent to " + email);
        InviteOrganizationsScreen.Row row = screen.invitationTo(email);
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.statusText()).isEqualTo("Pending");
        assertThat(row.companyName()).isEqualTo("Acme Parts " + tag);
        assertThat(row.resendOffered()).isTrue();
        assertThat(row.revokeOffered()).isTrue();

        MimeMessage message = mails.await(email, InvitationMails.SUBJECT);
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        String html = Emails.html(message);
        String text = Emails.text(message);
        assertThat(html).contains(">Register Now</a>", "Acme Parts " + tag, "Northwind Sourcing").doesNotContain("Northwind Supplier Portal");
        String link = InvitationMails.registerNowLink(html);
        assertThat(link).startsWith(realm.getBaseUrl() + "/mag-registration/start?invitation=");
        assertThat(text).contains("Register Now: " + link, "Northwind Aerospace");

        String token = InvitationMails.token(link);
        JsonNode header = InvitationMails.header(token);
        JsonNode claims = InvitationMails.claims(token);
        assertThat(header.path("alg").asText()).isEqualTo("HS512");
        assertThat(claims.path("typ").asText()).isEqualTo("mag-org-invitation");
        assertThat(claims.path("iss").asText()).isEqualTo(realm.getBaseUrl());
        assertThat(claims.path("mag_inv").asText()).isEqualTo(row.invitationId());
        assertThat(claims.path("email").asText()).isEqualTo(email);
        assertThat(claims.path("org_id").asText()).isEqualTo(partners.demoPartnerId());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(THIRTY_DAYS);
        assertThat(claims.path("exp").asLong()).isCloseTo(Instant.now().plus(Duration.ofDays(30)).getEpochSecond(), within(120L));

        // The REST view agrees.
        JsonNode invitation = ConnectionsApi.json(api.get(row.invitationId(), spAdminToken()));
        assertThat(invitation.path("status").asText()).isEqualTo("pending");
        assertThat(invitation.path("sendCount").asInt()).isEqualTo(1);
        assertThat(Instant.parse(invitation.path("expiresAt").asText()).getEpochSecond()).isEqualTo(claims.path("exp").asLong());

        Map<String, String> sent = events(partners.userId(DemoUsers.SP_ADMIN), "CUSTOM_REQUIRED_ACTION", "INVITATION_SENT").stream()
                .filter(d -> row.invitationId().equals(d.get("invitation_id"))).findFirst().orElseThrow();
        assertThat(sent).containsEntry("organization_id", partners.demoPartnerId())
                .containsEntry("custom_required_action", InviteOrganizationsScreen.ACTION);
    }

    @Test
    @DisplayName("resend sends a new email with a new link (the old link is replaced); revoke shows revoked and offers nothing more")
    void resendAndRevoke() throws Exception {
        String email = contact("bolt");
        String id = created(api.create("Bolt Works " + tag, email, List.of("northwind-supplier-portal"), spAdminToken()));
        String firstToken = InvitationMails.token(InvitationMails.registerNowLink(Emails.html(mails.await(email, InvitationMails.SUBJECT))));

        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());
        screen.resend(email);
        assertThat(screen.message()).contains("sent again");
        List<MimeMessage> both = mails.await(email, InvitationMails.SUBJECT, 2);
        assertThat(both.get(1).getSubject()).isEqualTo(SUBJECT);
        String secondToken = InvitationMails.token(InvitationMails.registerNowLink(Emails.html(both.get(1))));
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(InvitationMails.claims(secondToken).path("jti").asText())
                .isNotEqualTo(InvitationMails.claims(firstToken).path("jti").asText());
        assertThat(InvitationMails.claims(secondToken).path("mag_inv").asText()).isEqualTo(id);
        JsonNode afterResend = ConnectionsApi.json(api.get(id, spAdminToken()));
        assertThat(afterResend.path("sendCount").asInt()).isEqualTo(2);

        screen.revoke(email);
        assertThat(screen.message()).contains("is revoked");
        InviteOrganizationsScreen.Row row = screen.invitationTo(email);
        assertThat(row.status()).isEqualTo("revoked");
        assertThat(row.resendOffered()).isFalse();
        assertThat(row.revokeOffered()).isFalse();

        // Nothing more can happen to it.
        HttpResponse<String> resend = api.post(id + "/resend", spAdminToken());
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(409);
        assertThat(ConnectionsApi.json(resend).path("error").asText()).isEqualTo("not_pending");
        mails.assertNoMore(email, InvitationMails.SUBJECT, Mailbox.QUIET_PERIOD);

        String spAdminId = partners.userId(DemoUsers.SP_ADMIN);
        assertThat(events(spAdminId, "CUSTOM_REQUIRED_ACTION", "INVITATION_RESENT")).anySatisfy(d ->
                assertThat(d).containsEntry("invitation_id", id).containsEntry("organization_id", partners.demoPartnerId()));
        assertThat(events(spAdminId, "CUSTOM_REQUIRED_ACTION", "INVITATION_REVOKED")).anySatisfy(d ->
                assertThat(d).containsEntry("invitation_id", id).containsEntry("organization_id", partners.demoPartnerId()));
        assertThat(events(spAdminId, "CUSTOM_REQUIRED_ACTION_ERROR", "INVITATION_RESENT")).anySatisfy(d ->
                assertThat(d).containsEntry("invitation_id", id).containsEntry("mag_refusal", "not_pending"));
    }

    @Test
    @DisplayName("an invitation past its 30 days shows as expired; a resend makes it pending again with a new 30-day link")
    void expiresAfterThirtyDays() throws Exception {
        String email = contact("cog");
        String id = created(api.create("Cog Makers " + tag, email, List.of("northwind-sourcing"), spAdminToken()));
        mails.await(email, InvitationMails.SUBJECT);

        clock.set(Duration.ofDays(30).plusMinutes(1));
        String token = spAdminToken();
        HttpResponse<String> expired = api.get("?status=expired", token);
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(ConnectionsApi.json(expired).findValuesAsText("id")).contains(id);
        assertThat(ConnectionsApi.json(api.get("?status=pending", token)).findValuesAsText("id")).doesNotContain(id);

        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());
        assertThat(screen.invitationTo(email).status()).isEqualTo("expired");
        assertThat(screen.invitationTo(email).statusText()).isEqualTo("Expired");

        HttpResponse<String> resent = api.post(id + "/resend", token);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(ConnectionsApi.json(resent).path("status").asText()).isEqualTo("pending");
        JsonNode claims = InvitationMails.claims(InvitationMails.token(InvitationMails.registerNowLink(Emails.html(mails.await(email, InvitationMails.SUBJECT, 2).get(1)))));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(THIRTY_DAYS);
    }

    @Test
    @DisplayName("a user without an inviter role, or with its group in a partner organization they are no member of, is refused on the page and by REST")
    void nonInvitersRefused() {
        // A member of the partner without the role.
        String plainId = users.create("plain", "plain");
        partners.addMember(partners.demoPartnerId(), plainId);
        // Northwind's Service Provider Administrators group, but a member of a supplier organization only.
        String supplierOrg = partners.createOrganization("Supplier " + tag, "supplier-" + tag, "supplier-" + tag + ".example", "supplier");
        String supplierAdminId = users.create("supadmin", "supadmin");
        partners.addMember(supplierOrg, supplierAdminId);
        partners.grantRole(supplierAdminId, Partners.DEMO_PARTNER_ALIAS, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS);

        for (String name : List.of("plain", "supadmin")) {
            openPageAs(users.username(name), TestUsers.PASSWORD);
            assertThat(screen.isRefused()).as("refusal page for " + name).isTrue();
            assertThat(screen.message()).isEqualTo("You are not allowed to invite organizations.");
            assertThat(screen.isShown()).isFalse();

            String token = api.token(users.username(name), TestUsers.PASSWORD);
            HttpResponse<String> list = api.get("", token);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(403);
            assertThat(ConnectionsApi.json(list).path("error").asText()).isEqualTo("forbidden");
            HttpResponse<String> create = api.create("Sneaky " + tag, contact("sneaky"), List.of("northwind-sourcing"), token);
            assertThat(create.statusCode()).isEqualTo(403);
            assertThat(api.searchOrganizations("north", token).statusCode()).isEqualTo(403);
        }
        assertThat(events(plainId, "CUSTOM_REQUIRED_ACTION_ERROR", "INVITATION_SENT")).anySatisfy(d ->
                assertThat(d).containsEntry("mag_refusal", "no_inviter_role"));
        assertThat(events(supplierAdminId, "CUSTOM_REQUIRED_ACTION_ERROR", "INVITATIONS_VIEW")).anySatisfy(d ->
                assertThat(d).containsEntry("mag_refusal", "no_partner_organization"));
        mails.assertNoMore(contact("sneaky"), InvitationMails.SUBJECT, Mailbox.QUIET_PERIOD);

        // No token at all.
        assertThat(api.get("", null).statusCode()).isEqualTo(401);
        assertThat(api.get("", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("an administrator of another partner acts for that partner only: not Northwind's applications, not Northwind's invitations")
    void otherPartnerAdminStaysInItsOrganization() {
        String northwindInvitation = created(api.create("Dyna " + tag, contact("dyna"), List.of("northwind-sourcing"), spAdminToken()));

        String otherOrg = partners.createOrganization("Other Partner " + tag, "other-" + tag, "other-" + tag + ".example", "partner");
        String adminId = users.create("otheradmin", "otheradmin");
        partners.addMember(otherOrg, adminId);
        partners.grantRole(adminId, "other-" + tag, RoleGroups.ADOPTION_ADMINISTRATORS);
        String token = api.token(users.username("otheradmin"), TestUsers.PASSWORD);

        HttpResponse<String> shareNorthwind = api.create("Eta " + tag, contact("eta"), List.of("northwind-sourcing"), token);
        assertThat(shareNorthwind.statusCode()).as(shareNorthwind.body()).isEqualTo(400);
        assertThat(ConnectionsApi.json(shareNorthwind).path("field_errors").get(0).path("field").asText()).isEqualTo("clientIds");
        assertThat(ConnectionsApi.json(api.get("applications", token))).isEmpty();
        assertThat(ConnectionsApi.json(api.get("", token)).findValuesAsText("id")).doesNotContain(northwindInvitation);
        assertThat(api.get(northwindInvitation, token).statusCode()).isEqualTo(404);
        assertThat(api.post(northwindInvitation + "/resend", token).statusCode()).isEqualTo(404);
        assertThat(api.post(northwindInvitation + "/revoke", token).statusCode()).isEqualTo(404);
        assertThat(api.delete(northwindInvitation, token).statusCode()).isEqualTo(404);
        assertThat(ConnectionsApi.json(api.get(northwindInvitation, spAdminToken())).path("status").asText()).isEqualTo("pending");

        openPageAs(users.username("otheradmin"), TestUsers.PASSWORD);
        assertThat(screen.isShown()).isTrue();
        assertThat(screen.offeredApplications()).isEmpty();
        assertThat(screen.invitations()).isEmpty();
    }

    @Test
    @DisplayName("the invitation email still arrives when the mail server refused it at first: the invitation stands, the failure is an event, the email is sent again once the server is back, once")
    void invitationSentAgainAfterAMailServerOutage() throws Exception {
        String token = spAdminToken();
        String email = contact("hale");
        String spAdminId = partners.userId(DemoUsers.SP_ADMIN);
        String id;
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            id = created(api.create("Hale Fasteners " + tag, email, List.of("northwind-sourcing"), token));
            Eventually.await("the failed send recorded as an event", () -> events(spAdminId, "CUSTOM_REQUIRED_ACTION_ERROR", "INVITATION_SENT"),
                    events -> events.stream().anyMatch(d -> id.equals(d.get("invitation_id"))));
            assertThat(mails.to(email, InvitationMails.SUBJECT)).as("nothing sent while the server was down").isEmpty();
            outage.end();
        }

        MimeMessage message = mails.await(email, InvitationMails.SUBJECT);
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(InvitationMails.registerNowLink(Emails.html(message))).as("a Register Now link").isNotBlank();
        mails.assertNoMore(email, InvitationMails.SUBJECT,
                Duration.ofSeconds(MagServerConfig.OUTBOX_GRACE_SECONDS + 2L * MagServerConfig.OUTBOX_RESEND_INTERVAL_SECONDS));
    }

    @Test
    @DisplayName("REST: 201 with Location, per-field 400s, 409 for a duplicate organization or open invitation, list by status, DELETE revokes")
    void restApi() {
        String token = spAdminToken();

        HttpResponse<String> empty = api.createRaw("{}", token);
        assertThat(empty.statusCode()).isEqualTo(400);
        JsonNode emptyErrors = ConnectionsApi.json(empty);
        assertThat(emptyErrors.path("error").asText()).isEqualTo("invalid_request");
        assertThat(emptyErrors.path("field_errors").findValuesAsText("field")).containsExactly("companyName", "contactEmail", "clientIds");
        assertThat(emptyErrors.path("field_errors").findValuesAsText("message")).contains("Please enter the company name.");

        HttpResponse<String> invalid = api.create("X".repeat(256), "not-an-email", List.of("northwind-sourcing"), token);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(ConnectionsApi.json(invalid).path("field_errors").findValuesAsText("error"))
                .containsExactly("magInviteCompanyNameTooLong", "magInviteEmailInvalid");
        assertThat(api.create("Fine " + tag, contact("fine"), List.of(), token).statusCode()).isEqualTo(400);
        assertThat(api.createRaw("not json", token).statusCode()).isEqualTo(400);

        String email = contact("gear");
        HttpResponse<String> created = api.create("Gear Co " + tag, email, List.of("northwind-sourcing", "northwind-supplier-portal"), token);
        String id = created(created);
        assertThat(created.headers().firstValue("Location")).hasValue(api.url(id));
        JsonNode body = ConnectionsApi.json(created);
        assertThat(body.path("status").asText()).isEqualTo("pending");
        assertThat(body.path("contactEmail").asText()).isEqualTo(email);
        assertThat(body.path("partnerOrganizationId").asText()).isEqualTo(partners.demoPartnerId());
        assertThat(body.path("clientIds")).hasSize(2);
        assertThat(body.has("link")).isFalse();
        mails.await(email, InvitationMails.SUBJECT);

        // The same email again while the first is open: 409, naming it; nothing created, nothing sent.
        HttpResponse<String> again = api.create("Gear Again " + tag, email.toUpperCase(), List.of("northwind-sourcing"), token);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ConnectionsApi.json(again).path("error_description").asText()).contains(email, "Gear Co " + tag);
        // An existing organization's name, in other letter case: 409, naming it.
        HttpResponse<String> duplicateOrg = api.create("NORTHWIND aerospace", contact("dup"), List.of("northwind-sourcing"), token);
        assertThat(duplicateOrg.statusCode()).isEqualTo(409);
        assertThat(ConnectionsApi.json(duplicateOrg).path("field_errors").get(0).path("message").asText())
                .contains("\"Northwind Aerospace\" already exists");
        mails.assertNoMore(contact("dup"), InvitationMails.SUBJECT, Mailbox.QUIET_PERIOD);
        assertThat(ConnectionsApi.json(api.get("", token)).findValuesAsText("contactEmail")).doesNotContain(contact("dup"));

        assertThat(ConnectionsApi.json(api.get("?status=pending", token)).findValuesAsText("id")).contains(id);
        assertThat(api.get("?status=bogus", token).statusCode()).isEqualTo(400);
        assertThat(api.get(UUID.randomUUID().toString(), token).statusCode()).isEqualTo(404);

        assertThat(api.delete(id, token).statusCode()).isEqualTo(204);
        assertThat(ConnectionsApi.json(api.get(id, token)).path("status").asText()).isEqualTo("revoked");
        assertThat(ConnectionsApi.json(api.get("?status=revoked", token)).findValuesAsText("id")).contains(id);
        // Once revoked, the email may be invited again.
        created(api.create("Gear Co " + tag, email, List.of("northwind-sourcing"), token));

        assertThat(events(partners.userId(DemoUsers.SP_ADMIN), "CUSTOM_REQUIRED_ACTION_ERROR", "INVITATION_SENT"))
                .extracting(d -> d.get("mag_refusal")).contains("invalid_fields", "duplicate_invitation", "duplicate_organization");
    }

    @Test
    @DisplayName("the page refuses a duplicate organization name and missing fields per field, keeping what was typed")
    void pageValidation() {
        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());
        screen.invite("northwind AEROSPACE", contact("hal"));
        assertThat(screen.fieldError("companyName")).isEqualTo(
                "An organization named \"Northwind Aerospace\" already exists. Search for it above instead of inviting it again.");
        assertThat(screen.fieldError("clientIds")).isEqualTo("Select at least one application to share.");
        assertThat(browser.findElement(org.openqa.selenium.By.id("contactEmail")).getDomProperty("value")).isEqualTo(contact("hal"));
        assertThat(screen.invitations()).noneMatch(r -> r.email().equals(contact("hal")));

        screen.invite("Hal Ltd " + tag, "nope", "northwind-sourcing");
        assertThat(screen.fieldError("contactEmail")).isEqualTo("Please enter a valid email address.");
        mails.assertNoMore(contact("hal"), InvitationMails.SUBJECT, Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("search finds an organization by its full name or its email domain, on the page and by REST, and shows its name only")
    void searchOrganizations() {
        partners.createOrganization("Ionic Metals " + tag, "ionic-" + tag, "ionic-" + tag + ".example", "supplier");
        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());

        screen.search("ionic  METALS " + tag);
        assertThat(screen.matches()).containsExactly("Ionic Metals " + tag);
        screen.search("buyer@ionic-" + tag + ".example");
        assertThat(screen.matches()).containsExactly("Ionic Metals " + tag);
        screen.search("no-such-org-" + tag);
        assertThat(screen.saysNoMatches()).isTrue();

        String token = spAdminToken();
        JsonNode byDomain = ConnectionsApi.json(api.searchOrganizations("someone@northwind-aero.example", token));
        assertThat(byDomain.findValuesAsText("name")).containsExactly(Partners.DEMO_PARTNER_NAME);
        assertThat(byDomain.get(0).path("matchedBy").asText()).isEqualTo("domain");
        JsonNode byName = ConnectionsApi.json(api.searchOrganizations("IONIC METALS " + tag, token));
        assertThat(byName.findValuesAsText("name")).containsExactly("Ionic Metals " + tag);
        assertThat(byName.get(0).path("matchedBy").asText()).isEqualTo("name");
        assertThat(api.searchOrganizations("", token).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("search is no directory: partial names list nothing, and another partner's pending supplier shows its name only")
    void searchRevealsNoMoreThanADuplicateCheckNeeds() {
        String pendingId = partners.createOrganization("Quiet Forge " + tag, "quiet-" + tag, "quiet-" + tag + ".example", "supplier");
        var pending = realm.admin().organizations().get(pendingId).toRepresentation();
        pending.setEnabled(false);
        pending.setAttributes(Map.of("mag.organization.type", List.of("supplier"), "mag.registration.status", List.of("pending")));
        try (Response updated = realm.admin().organizations().get(pendingId).update(pending)) {
            assertThat(updated.getStatus()).isEqualTo(204);
        }
        String token = spAdminToken();

        for (String partial : List.of("Quiet", "forge " + tag, "quiet-" + tag, "e")) {
            HttpResponse<String> response = api.searchOrganizations(partial, token);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(ConnectionsApi.json(response)).as("partial query " + partial).isEmpty();
        }
        openPageAs(DemoUsers.SP_ADMIN, spAdminPassword());
        screen.search("Quiet");
        assertThat(screen.saysNoMatches()).isTrue();

        for (String query : List.of("quiet forge " + tag, "ceo@quiet-" + tag + ".example")) {
            JsonNode matches = ConnectionsApi.json(api.searchOrganizations(query, token));
            assertThat(matches).as(query).hasSize(1);
            List<String> fields = new java.util.ArrayList<>();
            matches.get(0).fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as("no id, alias, domains, type or status of " + query).containsExactlyInAnyOrder("name", "matchedBy");
            assertThat(matches.get(0).path("name").asText()).isEqualTo("Quiet Forge " + tag);
        }
        screen.search("Quiet Forge " + tag);
        assertThat(screen.matches()).containsExactly("Quiet Forge " + tag);
        assertThat(browser.driver().getPageSource()).doesNotContain("quiet-" + tag + ".example", pendingId);
    }

    @Test
    @DisplayName("hostile partner and company names come out escaped in the HTML email and on the page")
    void hostileNamesEscaped() throws Exception {
        String partnerName = "Evil <b>Partner</b> & Co " + tag;
        String company = "<script>alert('x')</script> Widgets " + tag;
        String orgId = partners.createOrganization(partnerName, "evil-" + tag, "evil-" + tag + ".example", "partner");
        ClientRepresentation app = new ClientRepresentation();
        app.setClientId("evil-app-" + tag);
        app.setName("<i>Evil</i> App");
        app.setPublicClient(true);
        app.setAttributes(Map.of("mag.owning-partner", "evil-" + tag));
        try (Response response = realm.admin().clients().create(app)) {
            CreatedResponseUtil.getCreatedId(response);
        }
        String adminId = users.create("evil", "evil");
        partners.addMember(orgId, adminId);
        partners.grantRole(adminId, "evil-" + tag, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS);
        String email = contact("victim");

        openPageAs(users.username("evil"), TestUsers.PASSWORD);
        screen.invite(company, email, "evil-app-" + tag);
        assertThat(screen.invitationTo(email).companyName()).isEqualTo(company);
        assertThat(screen.pageSource()).doesNotContain("<script>alert('x')</script>").doesNotContain("<b>Partner</b>")
                .doesNotContain("<i>Evil</i>");

        MimeMessage message = mails.await(email, InvitationMails.SUBJECT);
        assertThat(message.getSubject()).isEqualTo("You're Invited to Collaborate with " + partnerName);
        String html = Emails.html(message);
        assertThat(html).contains("&lt;script&gt;", "Evil &lt;b&gt;Partner&lt;/b&gt; &amp; Co", "&lt;i&gt;Evil&lt;/i&gt; App")
                .doesNotContain("<script>").doesNotContain("<b>Partner").doesNotContain("<i>Evil");
        assertThat(Emails.text(message)).contains(company, partnerName);
    }
}
