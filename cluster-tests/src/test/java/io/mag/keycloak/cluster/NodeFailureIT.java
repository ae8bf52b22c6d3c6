package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Application;
import io.mag.keycloak.cluster.support.Browser;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.HttpJson;
import io.mag.keycloak.cluster.support.Mailbox;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.RegistrationWizard;
import io.mag.keycloak.cluster.support.SignIn;
import io.mag.keycloak.cluster.support.Waits;

/**
 * Node A dies (kill -9) while it writes: whatever it was doing is done completely or not at all,
 * users carry on at node B, and node A comes back into the cluster.
 */
class NodeFailureIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();

    /** Whatever a test did, node A runs again afterwards (the next test class needs both nodes). */
    @AfterEach
    void nodeARunsAgain() {
        if (!a.isReady()) {
            a.start();
        }
    }

    private static long logSize(Node node) throws IOException {
        return Files.size(node.dir().resolve("server.log"));
    }

    /** Whether the node's log, from {@code offset} on, shows a cluster view of {@code members} members. */
    private static Boolean seesMembersSince(Node node, long offset, int members) {
        try {
            Path log = node.dir().resolve("server.log");
            String text = Files.readString(log);
            return text.substring((int) Math.min(offset, text.length())).matches("(?s).*ISPN000094[^\\n]*\\(" + members + "\\).*") ? Boolean.TRUE : null;
        } catch (IOException e) {
            return null;
        }
    }

    @BeforeEach
    void manyRegistrations() {
        RegistrationWizard.allowManyRegistrations(Admin.signIn(cluster.a().isReady() ? cluster.a() : cluster.b()));
    }

    /** The wizard on node B up to its review page (the next step, Submit, is the test's). */
    private static RegistrationWizard wizardAtReview(Admin admin, String name, String who, Node node) {
        RegistrationWizard wizard = new RegistrationWizard().start(node).passCaptcha(node)
                .next("mag-registration-intro", Map.of(), node)
                .next("mag-registration-profile", RegistrationWizard.profile(name, admin.email(who + "-contact")), node)
                .next("mag-registration-org-admin",
                        RegistrationWizard.person("Olga", "Admin", admin.email(who), admin.username(who)), node)
                .next("mag-registration-app-admins", Map.of("orgAdminIsAppAdmin", "on"), node);
        assertThat(wizard.onPage("mag-registration-review")).as("review: %s", wizard.page()).isTrue();
        return wizard;
    }

    private static JsonNode organizationNamed(Admin admin, String name) {
        JsonNode found = admin.get("/organizations?exact=true&search=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).expect(200).json();
        return found.size() == 0 ? null : found.get(0);
    }

    private static JsonNode user(Admin admin, String username) {
        JsonNode found = admin.get("/users?exact=true&username=" + username).expect(200).json();
        return found.size() == 0 ? null : found.get(0);
    }

    /** How many registration requests, of any status, name the organization {@code name}. */
    private static long registrationsNamed(Admin admin, String name) {
        JsonNode all = admin.get("/mag-registrations?status=all&max=1000").expect(200).json();
        long count = 0;
        for (JsonNode registration : all) {
            if (name.equals(registration.path("organizationName").asText())) {
                count++;
            }
        }
        return count;
    }

    @Test
    @DisplayName("node A killed in the middle of a wizard submission and of an approval: nothing half-created, the SSO session goes on at node B, node A rejoins")
    void killDuringSubmissionAndApproval() throws Exception {
        Admin admin = Admin.signIn(b);
        // A user signed in on node A.
        String user = admin.createUser("user", "kim");
        Browser browser = new Browser();
        Application sourcing = Application.sourcing();
        sourcing.code(SignIn.withPassword(browser, sourcing, admin.username("user"), a, a));
        // A pending registration, to be approved on node A; another wizard at its review page.
        RegistrationWizard pending = wizardAtReview(admin, "Kill Approve " + admin.username("org"), "approveadmin", b);
        pending.next("mag-registration-review", Map.of(), b);
        String pendingId = pending.registrationId();
        String submittedName = "Kill Submit " + admin.username("org");
        RegistrationWizard submitting = wizardAtReview(admin, submittedName, "submitadmin", b);
        Admin onA = admin.at(a);
        onA.token();

        long logOfB = logSize(b);
        CompletableFuture<Object> submission = CompletableFuture.supplyAsync(() -> submitting.next("mag-registration-review", Map.of(), a));
        CompletableFuture<HttpJson> approval = CompletableFuture.supplyAsync(() -> onA.post("/mag-registrations/" + pendingId + "/approve", ""));
        // Both requests are on their way to node A (a loaded node takes far longer to answer either).
        Waits.pause(Duration.ofMillis(150));
        a.kill();
        String submissionOutcome = submission.handle((done, failure) -> failure == null ? "answered" : failure.toString()).get();
        String approvalOutcome = approval.handle((done, failure) -> failure == null ? "answered " + done.status() : failure.toString()).get();
        Waits.until("node B sees node A gone (a view of one member)", Duration.ofSeconds(60), () -> seesMembersSince(b, logOfB, 1));

        // The submission: a registration with its organization and administrator, or nothing at all.
        JsonNode organization = organizationNamed(admin, submittedName);
        JsonNode submitAdmin = user(admin, admin.username("submitadmin"));
        long requests = registrationsNamed(admin, submittedName);
        if (organization == null) {
            assertThat(submitAdmin).as("no administrator without an organization (submission: %s)", submissionOutcome).isNull();
            assertThat(requests).as("no request without an organization (submission: %s)", submissionOutcome).isZero();
        } else {
            assertThat(submitAdmin).as("no organization without its administrator (submission: %s)", submissionOutcome).isNotNull();
            assertThat(requests).as("the organization's pending request (submission: %s)", submissionOutcome).isEqualTo(1);
        }

        // The approval: done completely, or not at all; then completed on node B, one email.
        String status = admin.get("/mag-registrations/" + pendingId).expect(200).json().path("status").asText();
        JsonNode approved = organizationNamed(admin, "Kill Approve " + admin.username("org"));
        JsonNode approveAdmin = user(admin, admin.username("approveadmin"));
        assertThat(status).as("approval: %s", approvalOutcome).isIn("pending", "approved");
        assertThat(approved.path("enabled").asBoolean()).as("organization enabled iff approved (%s)", approvalOutcome).isEqualTo("approved".equals(status));
        assertThat(approveAdmin.path("enabled").asBoolean()).as("administrator enabled iff approved (%s)", approvalOutcome).isEqualTo("approved".equals(status));
        boolean approvedByA = "approved".equals(status);
        if (!approvedByA) {
            admin.post("/mag-registrations/" + pendingId + "/approve", "").expect(200);
            Mailbox.await(admin.email("approveadmin"), "approved");
            Mailbox.assertNoMore(admin.email("approveadmin"), "approved", 1);
        }

        // The SSO session made on node A signs in silently on node B.
        Page silent = browser.follow(browser.get(sourcing.authorizationUrl() + "&prompt=none", b), b);
        assertThat(Application.accessToken(sourcing.tokens(sourcing.code(silent), b)).get("sub").asText()).isEqualTo(user);

        long logOfA = logSize(a);
        a.start();
        Waits.until("node A rejoins: a view of two members in its log", Duration.ofSeconds(90), () -> seesMembersSince(a, logOfA, 2));
        Page again = browser.follow(browser.get(sourcing.authorizationUrl() + "&prompt=none", a), a);
        assertThat(Application.accessToken(sourcing.tokens(sourcing.code(again), a)).get("sub").asText()).isEqualTo(user);

        if (approvedByA) {
            // Approved by node A before it died: its email is in the outbox, written with the
            // approval. Sent by node A if it got that far, else by node B's resend task. At least
            // once: a node killed between the mail server's acceptance and marking the email sent
            // has it sent again (the deterministic case is the next test).
            Mailbox.await(admin.email("approveadmin"), "approved", Duration.ofSeconds(30).plus(cluster.outboxResendDelay()));
        }
    }

    @Test
    @DisplayName("node A killed after committing an approval, while it sends the approval email: node B sends the email, once")
    void approvalEmailOfAKilledNodeIsSentByTheOtherNode() throws Exception {
        Admin admin = Admin.signIn(b);
        RegistrationWizard pending = wizardAtReview(admin, "Outbox Approve " + admin.username("org"), "outboxadmin", b);
        pending.next("mag-registration-review", Map.of(), b);
        String pendingId = pending.registrationId();
        Admin onA = admin.at(a);
        onA.token();
        // A mail server that accepts the connection and then says nothing: node A, sending the
        // approval email after the approval's commit, waits there until it is killed.
        try (ServerSocket silentMailServer = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            silentMailServer.setSoTimeout(60_000);
            onA.smtpPort(silentMailServer.getLocalPort());
            CompletableFuture<HttpJson> approval = CompletableFuture.supplyAsync(() -> onA.post("/mag-registrations/" + pendingId + "/approve", ""));
            try (Socket fromNodeA = silentMailServer.accept()) {
                a.kill();
            }
            approval.handle((done, failure) -> failure == null ? "answered " + done.status() : failure.toString()).get();
        } finally {
            admin.smtpPort(cluster.smtpPort());
        }

        assertThat(admin.get("/mag-registrations/" + pendingId).expect(200).json().path("status").asText())
                .as("the approval was committed before its email was sent").isEqualTo("approved");
        assertThat(Mailbox.messages(admin.email("outboxadmin"))).as("node A sent nothing").isEmpty();
        Mailbox.await(admin.email("outboxadmin"), "approved", Duration.ofSeconds(30).plus(cluster.outboxResendDelay()));
        Mailbox.assertNoMore(admin.email("outboxadmin"), "approved", 1);
    }
}
