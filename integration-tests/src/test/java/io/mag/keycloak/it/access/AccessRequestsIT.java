package io.mag.keycloak.it.access;

import static io.mag.keycloak.it.support.SubscribedSuppliers.DENIED_SUBJECT;
import static io.mag.keycloak.it.support.SubscribedSuppliers.GRANTED_SUBJECT;
import static io.mag.keycloak.it.support.SubscribedSuppliers.REQUESTED_SUBJECT;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SubscribedSuppliers;
import io.mag.keycloak.it.support.SubscribedSuppliers.Supplier;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * Access requests: a user of a subscribed organization requests access from the refusal page
 * (once, however often they submit), the organization's Application Administrator of that
 * application is emailed and decides through the REST API (approve: the user gets the access
 * role and an email; deny: the reason by email), never on their own request and never for
 * another application or organization; an application marked as needing no approval grants
 * access on request. The requester withdraws a pending request through REST, the dashboard or
 * the refusal page; a replayed or outdated page changes nothing.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccessRequestsIT {


    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mailServer;

    private ApplicationAccessApi api;
    private RoleGroups groups;
    private TestUsers users;
    private Mailbox mails;
    private SubscribedSuppliers suppliers;

    @BeforeEach
    void setUp() {
        api = new ApplicationAccessApi(realm);
        groups = new RoleGroups(realm);
        users = new TestUsers(realm);
        mails = new Mailbox(mailServer);
        suppliers = new SubscribedSuppliers(realm, users, oauth.getClientId());
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        SignInPage.signOut(browser, realm);
    }

    private HttpResponse<String> approve(String requestId, String person) {
        return api.applications().post("queue/" + requestId + "/approve", Map.of(), suppliers.tokenOf(person));
    }

    private List<EventRepresentation> notAuthorized(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 20).stream()
                .filter(event -> "mag_not_authorized".equals(event.getError()))
                .toList();
    }

    @Test
    @DisplayName("Request access on the refusal page files one request, however often it is submitted, and emails the Application Administrator the note, escaped")
    void requestFromTheRefusalPage() throws Exception {
        Supplier supplier = suppliers.create("rita");
        String requester = suppliers.member(supplier, "rita");
        suppliers.administrator(supplier, "adam", oauth.getClientId());

        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("rita"), TestUsers.PASSWORD);
        browser.driver().findElement(By.id("mag-access-note")).sendKeys("<b>urgent</b> for the audit");
        browser.driver().findElement(By.id("mag-access-request")).click();

        assertThat(browser.driver().getPageSource()).contains("Your request has been sent.");
        assertThat(browser.driver().findElements(By.id("mag-access-request"))).as("no second form").isEmpty();
        MimeMessage mail = mails.await(users.email("adam"), REQUESTED_SUBJECT);
        String html = Emails.html(mail);
        assertThat(html).contains("&lt;b&gt;urgent&lt;/b&gt; for the audit").doesNotContain("<b>urgent</b>");
        assertThat(Emails.text(mail)).contains(users.username("rita"));
        assertThat(html).as("the link opens the queue in the account console").contains("/account/content/access-requests");

        HttpResponse<String> again = api.request(oauth.getClientId(), "again", suppliers.tokenOf("rita"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        HttpResponse<String> mine = api.applications().get("requests", suppliers.tokenOf("rita"));
        assertThat(RestApiClient.json(mine).findValuesAsText("status")).containsExactly("PENDING");
        HttpResponse<String> queue = api.applications().get("queue", suppliers.tokenOf("adam"));
        assertThat(RestApiClient.json(queue).findValuesAsText("userId")).containsExactly(requester);
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("rita"), TestUsers.PASSWORD);
        assertThat(browser.driver().getPageSource()).contains("You have requested access.");
        mails.assertNoMore(users.email("adam"), REQUESTED_SUBJECT, Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("the Application Administrator approves: the user is emailed, signs in, and the token carries the access role")
    void approvalGrantsAccess() throws Exception {
        Supplier supplier = suppliers.create("ann");
        suppliers.member(supplier, "ann");
        suppliers.administrator(supplier, "abe", oauth.getClientId());
        String requestId = suppliers.file("ann", null);

        HttpResponse<String> approved = approve(requestId, "abe");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(RestApiClient.json(approved).path("status").asText()).isEqualTo("APPROVED");
        mails.await(users.email("ann"), GRANTED_SUBJECT);
        AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("ann"), TestUsers.PASSWORD);
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(tokens).getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
        assertThat(approve(requestId, "abe").statusCode()).as("decided once").isEqualTo(409);
    }

    @Test
    @DisplayName("a denial needs a reason; the user is emailed the reason, escaped, and stays refused")
    void denialWithReason() throws Exception {
        Supplier supplier = suppliers.create("dan");
        suppliers.member(supplier, "dan");
        suppliers.administrator(supplier, "dee", oauth.getClientId());
        String requestId = suppliers.file("dan", null);

        HttpResponse<String> noReason = api.applications().post("queue/" + requestId + "/deny", Map.of("reason", " "), suppliers.tokenOf("dee"));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(RestApiClient.json(noReason).path("error_description").asText()).isEqualTo("Please give a reason for the denial.");
        HttpResponse<String> denied = api.applications().post("queue/" + requestId + "/deny", Map.of("reason", "Not in <i>your</i> role"), suppliers.tokenOf("dee"));

        assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);
        assertThat(RestApiClient.json(denied).path("status").asText()).isEqualTo("DENIED");
        String html = Emails.html(mails.await(users.email("dan"), DENIED_SUBJECT));
        assertThat(html).contains("Not in &lt;i&gt;your&lt;/i&gt; role");
        assertThat(oauth.doPasswordGrantRequest(users.username("dan"), TestUsers.PASSWORD).getStatusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("an Application Administrator cannot decide their own request: 403 and a mag_not_authorized event")
    void nobodyDecidesTheirOwnRequest() {
        Supplier supplier = suppliers.create("sue");
        String sue = suppliers.administrator(supplier, "sue", oauth.getClientId());
        String requestId = suppliers.file("sue", "me too");

        HttpResponse<String> refused = approve(requestId, "sue");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(RestApiClient.json(refused).path("error_description").asText()).isEqualTo("You cannot decide your own request.");
        assertThat(notAuthorized(sue)).extracting(event -> event.getDetails().get("mag_refusal")).contains("own_request");
        assertThat(oauth.doPasswordGrantRequest(users.username("sue"), TestUsers.PASSWORD).getStatusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("an Application Administrator of another application, or of the application in another organization, gets 403 with an event")
    void administratorsOfOthersAreRefused() {
        Supplier supplier = suppliers.create("kim");
        suppliers.member(supplier, "kim");
        api.subscribe(supplier.alias(), "northwind-sourcing");
        String otherApplication = suppliers.administrator(supplier, "olaf", "northwind-sourcing");
        Supplier otherSupplier = suppliers.create("ivo");
        String otherOrganization = suppliers.administrator(otherSupplier, "ivo", oauth.getClientId());
        String requestId = suppliers.file("kim", null);

        HttpResponse<String> byOtherApplication = approve(requestId, "olaf");
        HttpResponse<String> byOtherOrganization = approve(requestId, "ivo");

        assertThat(byOtherApplication.statusCode()).as(byOtherApplication.body()).isEqualTo(403);
        assertThat(byOtherOrganization.statusCode()).as(byOtherOrganization.body()).isEqualTo(403);
        assertThat(notAuthorized(otherApplication)).isNotEmpty();
        assertThat(notAuthorized(otherOrganization)).isNotEmpty();
        assertThat(RestApiClient.json(api.applications().get("queue", suppliers.tokenOf("olaf")))).isEmpty();
        assertThat(RestApiClient.json(api.applications().get("requests", suppliers.tokenOf("kim"))).findValuesAsText("status")).containsExactly("PENDING");
    }

    @Test
    @DisplayName("an application marked mag.access-approval=none grants access on request, through REST or the refusal page")
    void grantedOnRequest() {
        PartnerApplication.approval(oauth.clientResource(), "none");
        realm.cleanup().add(r -> PartnerApplication.approval(oauth.clientResource(), "application-administrator"));
        Supplier supplier = suppliers.create("gus");
        suppliers.member(supplier, "gus");

        HttpResponse<String> filed = api.request(oauth.getClientId(), null, suppliers.tokenOf("gus"));

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(RestApiClient.json(filed).path("status").asText()).isEqualTo("APPROVED");
        AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("gus"), TestUsers.PASSWORD);
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();

        // From the refusal page, the sign-in goes on to the application at once.
        suppliers.member(supplier, "gil");
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("gil"), TestUsers.PASSWORD);
        browser.driver().findElement(By.id("mag-access-request")).click();
        assertThat(oauth.parseLoginResponse().getCode()).as("code at %s", browser.driver().getCurrentUrl()).isNotNull();
    }

    @Test
    @DisplayName("the Access Requests page: the Application Administrator sees the request with its note escaped, denial needs a reason, approval grants access")
    void queuePage() throws Exception {
        Supplier supplier = suppliers.create("quin");
        suppliers.member(supplier, "quin");
        String adminId = suppliers.administrator(supplier, "alma", oauth.getClientId());
        // The page is reached through the test application: the administrator may use it.
        groups.join(adminId, RoleGroups.applicationPath(supplier.alias(), oauth.getClientId(), "users"));
        suppliers.file("quin", "<script>x</script> please");

        oauth.loginForm().kcAction("mag-access-requests").open();
        new SignInPage(browser).signIn(users.username("alma"), TestUsers.PASSWORD);
        assertThat(browser.driver().getPageSource())
                .contains("Alex quin Morgan (" + users.username("quin") + ")")
                .contains("&lt;script&gt;x&lt;/script&gt; please")
                .doesNotContain("<script>x</script>");
        browser.driver().findElement(By.id("mag-deny-0")).click();
        assertThat(browser.driver().getPageSource()).contains("Please give a reason for the denial.");
        browser.driver().findElement(By.id("mag-approve-0")).click();

        assertThat(browser.driver().getPageSource()).contains("Access approved.")
                .contains("There are no pending access requests for the applications you administer.");
        mails.await(users.email("quin"), GRANTED_SUBJECT);
        assertThat(oauth.doPasswordGrantRequest(users.username("quin"), TestUsers.PASSWORD).isSuccess()).isTrue();
        browser.driver().findElement(By.id("mag-access-queue-done")).click();
        assertThat(oauth.parseLoginResponse().getCode()).as("back at the application").isNotNull();
    }

    @Test
    @DisplayName("the Application Administrator lists who has access and removes it: the user's refresh stops; an administrator of another organization gets 403")
    void administratorRemovesAccess() {
        Supplier supplier = suppliers.create("ria");
        String ria = suppliers.member(supplier, "ria");
        groups.join(ria, RoleGroups.applicationPath(supplier.alias(), oauth.getClientId(), "users"));
        suppliers.administrator(supplier, "ray", oauth.getClientId());
        String stranger = suppliers.administrator(suppliers.create("sid"), "sid", oauth.getClientId());
        AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("ria"), TestUsers.PASSWORD);
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();

        HttpResponse<String> list = api.applications().get(oauth.getClientId() + "/access", suppliers.tokenOf("ray"));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(RestApiClient.json(list).findValuesAsText("userId")).containsExactly(ria);
        HttpResponse<String> byStranger = api.applications().delete(oauth.getClientId() + "/access/" + ria, suppliers.tokenOf("sid"));
        assertThat(byStranger.statusCode()).as(byStranger.body()).isEqualTo(404);
        assertThat(oauth.doRefreshTokenRequest(tokens.getRefreshToken()).isSuccess()).as("still has access").isTrue();

        HttpResponse<String> removed = api.applications().delete(oauth.getClientId() + "/access/" + ria, suppliers.tokenOf("ray"));

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        AccessTokenResponse refreshed = oauth.doRefreshTokenRequest(tokens.getRefreshToken());
        assertThat(refreshed.getStatusCode()).isEqualTo(400);
        assertThat(refreshed.getErrorDescription()).isEqualTo("application_access_denied");
        assertThat(RestApiClient.json(api.applications().get(oauth.getClientId() + "/access", suppliers.tokenOf("ray")))).isEmpty();
        HttpResponse<String> notAdministrator = api.applications().get(oauth.getClientId() + "/access", suppliers.tokenOf("ria"));
        assertThat(notAdministrator.statusCode()).isEqualTo(403);
        assertThat(notAuthorized(ria)).isNotEmpty();
        assertThat(notAuthorized(stranger)).as("the stranger administers the application elsewhere: no access holder there, 404").isEmpty();
    }

    private List<EventRepresentation> withdrawals(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, userId, null, null, null, 0, 20).stream()
                .filter(event -> "ACCESS_REQUEST_WITHDRAWN".equals(event.getDetails().get("mag_operation")))
                .toList();
    }

    @Test
    @DisplayName("the requester withdraws their pending request through REST: it leaves the queue, with an event; anyone else gets 404 and a refusal event; a second withdrawal 409; a new request is possible")
    void requesterWithdrawsThroughRest() {
        Supplier supplier = suppliers.create("wes");
        String requester = suppliers.member(supplier, "wes");
        String administrator = suppliers.administrator(supplier, "wyn", oauth.getClientId());
        String requestId = suppliers.file("wes", "changed my mind soon");

        HttpResponse<String> byAdministrator = api.applications().post("requests/" + requestId + "/withdraw", Map.of(), suppliers.tokenOf("wyn"));
        assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(404);
        assertThat(notAuthorized(administrator)).extracting(event -> event.getDetails().get("mag_refusal")).contains("not_requester");

        HttpResponse<String> withdrawn = api.applications().post("requests/" + requestId + "/withdraw", Map.of(), suppliers.tokenOf("wes"));

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(RestApiClient.json(withdrawn).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(RestApiClient.json(api.applications().get("queue", suppliers.tokenOf("wyn")))).as("no longer in the queue").isEmpty();
        assertThat(withdrawals(requester)).extracting(event -> event.getDetails().get("request_id")).containsExactly(requestId);
        HttpResponse<String> again = api.applications().post("requests/" + requestId + "/withdraw", Map.of(), suppliers.tokenOf("wes"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(RestApiClient.json(again).path("error_description").asText())
                .isEqualTo("This request is no longer pending: it has been decided or withdrawn.");
        assertThat(approve(requestId, "wyn").statusCode()).as("nothing left to approve").isEqualTo(409);
        assertThat(suppliers.file("wes", null)).as("a new request").isNotEqualTo(requestId);
    }

    @Test
    @DisplayName("the requester withdraws a pending request with Withdraw on the dashboard page")
    void requesterWithdrawsFromTheDashboard() {
        Supplier supplier = suppliers.create("val");
        String requester = suppliers.member(supplier, "val");
        // The dashboard is reached through the test application: the user may use it.
        groups.join(requester, RoleGroups.applicationPath(supplier.alias(), oauth.getClientId(), RoleGroups.APPLICATION_USERS));
        api.subscribe(supplier.alias(), "northwind-sourcing");
        HttpResponse<String> filed = api.request("northwind-sourcing", null, suppliers.tokenOf("val"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String requestId = RestApiClient.json(filed).path("id").asText();

        oauth.loginForm().kcAction("mag-dashboard").open();
        new SignInPage(browser).signIn(users.username("val"), TestUsers.PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=mag-dashboard-pending][data-client-id=northwind-sourcing]")))
                .as("listed as pending").hasSize(1);
        browser.driver().findElement(By.id("mag-dashboard-withdraw-0")).click();

        assertThat(browser.driver().getPageSource()).contains("Your request has been withdrawn.");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=mag-dashboard-pending]"))).as("nothing pending").isEmpty();
        assertThat(RestApiClient.json(api.applications().get("requests", suppliers.tokenOf("val"))).findValuesAsText("status")).containsExactly("WITHDRAWN");
        assertThat(withdrawals(requester)).extracting(event -> event.getDetails().get("request_id")).containsExactly(requestId);
    }

    private List<EventRepresentation> expiredWithdrawals(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 20).stream()
                .filter(event -> "invalid_form".equals(event.getError())
                        && "ACCESS_REQUEST_WITHDRAWN".equals(event.getDetails().get("mag_operation"))
                        && "form_expired".equals(event.getDetails().get("mag_refusal")))
                .toList();
    }

    private String statusOf(String requestId, String person) {
        for (var request : RestApiClient.json(api.applications().get("requests", suppliers.tokenOf(person)))) {
            if (requestId.equals(request.path("id").asText())) {
                return request.path("status").asText();
            }
        }
        return null;
    }

    private String pendingRequestIdOnThePage() {
        return browser.driver().findElement(By.cssSelector("#mag-access-withdraw-form input[name=requestId]")).getDomProperty("value");
    }

    /** Posts the refusal page's Withdraw again with an older copy's nonce (back button, replay), through a form built in the page. */
    private void repostWithdraw(String nonce, String requestId) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'POST';
                form.action = document.getElementById('mag-access-withdraw-form').action;
                for (const [name, value] of [['formNonce', arguments[0]], ['operation', 'withdraw'], ['requestId', arguments[1]]]) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", nonce, requestId);
    }

    @Test
    @DisplayName("the requester withdraws their pending request with Withdraw on the refusal page: it leaves the queue, with the dashboard's event, and access can be requested again; a replayed Withdraw says the page was out of date and changes nothing")
    void requesterWithdrawsFromTheRefusalPage() {
        Supplier supplier = suppliers.create("wil");
        String requester = suppliers.member(supplier, "wil");
        suppliers.administrator(supplier, "wendy", oauth.getClientId());

        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("wil"), TestUsers.PASSWORD);
        browser.driver().findElement(By.id("mag-access-request")).click();
        assertThat(browser.driver().getPageSource()).contains("Your request has been sent.", "You have requested access.");
        String requestId = pendingRequestIdOnThePage();
        String oldNonce = browser.driver().findElement(By.cssSelector("#mag-access-withdraw-form input[name=formNonce]")).getDomProperty("value");
        browser.driver().findElement(By.id("mag-access-withdraw")).click();

        assertThat(browser.driver().getPageSource()).contains("Your request has been withdrawn.").doesNotContain("You have requested access.");
        assertThat(statusOf(requestId, "wil")).isEqualTo("WITHDRAWN");
        assertThat(RestApiClient.json(api.applications().get("queue", suppliers.tokenOf("wendy")))).as("no longer in the queue").isEmpty();
        assertThat(withdrawals(requester)).extracting(event -> event.getDetails().get("request_id")).containsExactly(requestId);
        assertThat(withdrawals(requester)).extracting(event -> event.getDetails().get("client_id")).containsExactly(oauth.getClientId());

        // Requested again from the same page; then the first page's Withdraw is posted once more.
        browser.driver().findElement(By.id("mag-access-request")).click();
        String secondId = pendingRequestIdOnThePage();
        assertThat(secondId).isNotEqualTo(requestId);
        repostWithdraw(oldNonce, secondId);

        assertThat(browser.driver().getPageSource()).contains("This page was out of date and nothing was changed. Please try again.")
                .contains("You have requested access.");
        assertThat(statusOf(secondId, "wil")).as("still pending").isEqualTo("PENDING");
        assertThat(withdrawals(requester)).as("no second withdrawal").hasSize(1);
        assertThat(expiredWithdrawals(requester)).hasSize(1);
        assertThat(browser.driver().getCurrentUrl()).as("still refused, not at the application").doesNotStartWith(oauth.getRedirectUri());
    }

    @Test
    @DisplayName("Withdraw on the refusal page after the request was denied meanwhile says it is no longer pending and changes nothing")
    void withdrawOfADecidedRequestFromTheRefusalPage() {
        Supplier supplier = suppliers.create("xia");
        String requester = suppliers.member(supplier, "xia");
        suppliers.administrator(supplier, "xavi", oauth.getClientId());
        String requestId = suppliers.file("xia", null);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("xia"), TestUsers.PASSWORD);
        assertThat(pendingRequestIdOnThePage()).isEqualTo(requestId);
        HttpResponse<String> denied = api.applications().post("queue/" + requestId + "/deny", Map.of("reason", "not now"), suppliers.tokenOf("xavi"));
        assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);

        browser.driver().findElement(By.id("mag-access-withdraw")).click();

        assertThat(browser.driver().getPageSource()).contains("This request is no longer pending: it has been decided or withdrawn.");
        assertThat(statusOf(requestId, "xia")).isEqualTo("DENIED");
        assertThat(withdrawals(requester)).isEmpty();
        assertThat(browser.driver().findElements(By.id("mag-access-request"))).as("access may be requested again").hasSize(1);
    }
}
