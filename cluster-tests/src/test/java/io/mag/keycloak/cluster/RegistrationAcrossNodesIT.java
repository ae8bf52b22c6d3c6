package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.HttpJson;
import io.mag.keycloak.cluster.support.Mailbox;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.RegistrationWizard;

/**
 * Organization registration with a load balancer that sends each request anywhere: the wizard's
 * draft (in the authentication session) follows the user from node to node, and two operators
 * approving the same request on different nodes at the same moment decide it once.
 */
class RegistrationAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @BeforeEach
    void manyRegistrations() {
        RegistrationWizard.allowManyRegistrations(Admin.signIn(cluster.a().isReady() ? cluster.a() : cluster.b()));
    }

    /** The wizard: captcha, intro and profile typed on A, administrators on B, submitted on A. */
    private String registerAcrossNodes(String name) {
        RegistrationWizard wizard = new RegistrationWizard().start(a).passCaptcha(a)
                .next("mag-registration-intro", java.util.Map.of(), a)
                .next("mag-registration-profile", RegistrationWizard.profile(name, admin.email("contact")), a);
        assertThat(wizard.onPage("mag-registration-org-admin")).as("after the profile: %s", wizard.page()).isTrue();
        wizard.next("mag-registration-org-admin",
                        RegistrationWizard.person("Olga", "Admin", admin.email("orgadmin"), admin.username("orgadmin")), b)
                .next("mag-registration-app-admins", java.util.Map.of("orgAdminIsAppAdmin", "on"), b);
        assertThat(wizard.onPage("mag-registration-review")).as("review on B: %s\n%s", wizard.page(), wizard.page().abbreviated()).isTrue();
        assertThat(wizard.page().body()).as("the review on B shows what was typed on A").contains(name, "Wichita");
        wizard.next("mag-registration-review", java.util.Map.of(), a);
        return wizard.registrationId();
    }

    @Test
    @DisplayName("the wizard started on node A continues on node B and is submitted on node A: one pending registration with everything typed")
    void wizardMovesBetweenNodes() {
        String name = "Cluster Castings " + admin.username("org");
        String id = registerAcrossNodes(name);

        JsonNode registration = admin.at(b).get("/mag-registrations/" + id).expect(200).json();
        assertThat(registration.path("status").asText()).isEqualTo("pending");
        JsonNode organization = admin.at(b).get("/organizations/" + registration.path("organizationId").asText()).expect(200).json();
        assertThat(organization.path("name").asText()).isEqualTo(name);
        assertThat(organization.at("/attributes/mag.profile.city/0").asText()).as("typed on node A").isEqualTo("Wichita");
        JsonNode orgAdmin = admin.at(b).get("/users?exact=true&username=" + admin.username("orgadmin")).expect(200).json();
        assertThat(orgAdmin).as("typed on node B").hasSize(1);
    }

    @Test
    @DisplayName("one registration approved on node A and node B at the same moment: one 200, one 409, one approval email")
    void concurrentApprovalsOnBothNodes() throws Exception {
        String id = registerAcrossNodes("Race Approve " + admin.username("org"));
        admin.token();
        Admin onB = admin.at(b);
        onB.token();

        CompletableFuture<HttpJson> approveOnA = CompletableFuture.supplyAsync(() -> admin.post("/mag-registrations/" + id + "/approve", ""));
        CompletableFuture<HttpJson> approveOnB = CompletableFuture.supplyAsync(() -> onB.post("/mag-registrations/" + id + "/approve", ""));
        List<Integer> statuses = List.of(approveOnA.get().status(), approveOnB.get().status());

        assertThat(statuses).as("A: %s, B: %s", approveOnA.get(), approveOnB.get()).containsExactlyInAnyOrder(200, 409);
        assertThat(admin.at(b).get("/mag-registrations/" + id).expect(200).json().path("status").asText()).isEqualTo("approved");
        Mailbox.await(admin.email("orgadmin"), "approved");
        Mailbox.assertNoMore(admin.email("orgadmin"), "approved", 1);
    }
}
