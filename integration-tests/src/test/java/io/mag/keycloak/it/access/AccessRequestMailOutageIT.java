package io.mag.keycloak.it.access;

import static io.mag.keycloak.it.support.SubscribedSuppliers.GRANTED_SUBJECT;
import static io.mag.keycloak.it.support.SubscribedSuppliers.REQUESTED_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.Eventually;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.MailServerOutage;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SubscribedSuppliers;
import io.mag.keycloak.it.support.SubscribedSuppliers.Supplier;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * Access-request emails while the mail server is down: the request, and the approval, are
 * accepted all the same; the failed send is recorded as an event; once the mail server is back,
 * the email outbox sends the email, once.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccessRequestMailOutageIT {

    /** Long enough for the outbox to send a left-over email twice, would it do so. */
    private static final Duration RESEND_WATCH = Duration.ofSeconds(MagServerConfig.OUTBOX_GRACE_SECONDS + 2L * MagServerConfig.OUTBOX_RESEND_INTERVAL_SECONDS);

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectMailServer
    MailServer mailServer;

    private ApplicationAccessApi api;
    private TestUsers users;
    private Mailbox mails;
    private SubscribedSuppliers suppliers;

    @BeforeEach
    void setUp() {
        api = new ApplicationAccessApi(realm);
        users = new TestUsers(realm);
        mails = new Mailbox(mailServer);
        suppliers = new SubscribedSuppliers(realm, users, oauth.getClientId());
        PartnerApplication.ensureAccessRole(oauth.clientResource());
    }

    /** A supplier subscribed to the test application, with the member and the Application Administrator: {member id, administrator id}. */
    private String[] subscribedSupplierWith(String member, String administrator) {
        Supplier supplier = suppliers.create(member);
        return new String[] {suppliers.member(supplier, member), suppliers.administrator(supplier, administrator, oauth.getClientId())};
    }

    /** The failed first sends of the operation's email to the user, as request ids. */
    private List<String> sendFailures(String userId, String operation) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 50).stream()
                .filter(event -> "email_send_failed".equals(event.getError()))
                .map(EventRepresentation::getDetails)
                .filter(details -> details != null && operation.equals(details.get("mag_operation")))
                .map(details -> details.get("request_id"))
                .toList();
    }

    @Test
    @DisplayName("a request filed while the mail server is down is accepted; the Application Administrator's email arrives once the server is back")
    void requestEmailSentAfterAMailServerOutage() throws Exception {
        String administratorId = subscribedSupplierWith("oona", "otto")[1];
        String requestId;
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            requestId = suppliers.file("oona", "for the outage audit");
            Eventually.await("the failed send recorded as an event", () -> sendFailures(administratorId, "ACCESS_REQUESTED"),
                    failures -> failures.contains(requestId));
            assertThat(mails.to(users.email("otto"), REQUESTED_SUBJECT)).as("nothing sent while the server was down").isEmpty();
            outage.end();
        }

        MimeMessage mail = mails.await(users.email("otto"), REQUESTED_SUBJECT);
        assertThat(Emails.text(mail)).contains(users.username("oona"), "for the outage audit");
        assertThat(RestApiClient.json(api.applications().get("queue", suppliers.tokenOf("otto"))).findValuesAsText("id")).containsExactly(requestId);
        mails.assertNoMore(users.email("otto"), REQUESTED_SUBJECT, RESEND_WATCH);
    }

    @Test
    @DisplayName("an approval while the mail server is down grants access at once; the requester's approval email arrives once the server is back")
    void approvalEmailSentAfterAMailServerOutage() throws Exception {
        String requesterId = subscribedSupplierWith("pam", "piet")[0];
        String requestId = suppliers.file("pam", null);
        mails.await(users.email("piet"), REQUESTED_SUBJECT);
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            HttpResponse<String> approved = api.applications().post("queue/" + requestId + "/approve", Map.of(), suppliers.tokenOf("piet"));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(RestApiClient.json(approved).path("status").asText()).isEqualTo("APPROVED");
            Eventually.await("the failed send recorded as an event", () -> sendFailures(requesterId, "ACCESS_GRANTED"),
                    failures -> failures.contains(requestId));
            AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("pam"), TestUsers.PASSWORD);
            assertThat(tokens.isSuccess()).as("access granted although the email failed: %s", tokens.getErrorDescription()).isTrue();
            assertThat(Tokens.accessToken(tokens).getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
            assertThat(mails.to(users.email("pam"), GRANTED_SUBJECT)).as("nothing sent while the server was down").isEmpty();
            outage.end();
        }

        MimeMessage mail = mails.await(users.email("pam"), GRANTED_SUBJECT);
        assertThat(Emails.link(Emails.html(mail), "mag-access-dashboard-link")).as("the dashboard link").isNotBlank();
        mails.assertNoMore(users.email("pam"), GRANTED_SUBJECT, RESEND_WATCH);
    }
}
