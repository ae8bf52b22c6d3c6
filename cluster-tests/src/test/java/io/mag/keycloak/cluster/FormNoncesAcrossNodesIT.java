package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.RegistrationWizard;

/**
 * A form posted twice (a double click, a retry by a proxy) to both nodes at the same moment takes
 * effect once: the form nonce and the submission's claim live in the cluster's caches, not in one
 * node's memory.
 */
class FormNoncesAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @Test
    @DisplayName("the same review form (one nonce) posted to node A and node B at once submits one registration; the other post says it was already submitted")
    void sameFormOnBothNodesAtOnceTakesEffectOnce() throws Exception {
        RegistrationWizard.allowManyRegistrations(admin);
        String name = "Double Post " + admin.username("org");
        RegistrationWizard wizard = new RegistrationWizard().start(a).passCaptcha(a)
                .next("mag-registration-intro", Map.of(), b)
                .next("mag-registration-profile", RegistrationWizard.profile(name, admin.email("contact")), a)
                .next("mag-registration-org-admin", RegistrationWizard.person("Dora", "Post", admin.email("orgadmin"), admin.username("orgadmin")), b)
                .next("mag-registration-app-admins", Map.of("orgAdminIsAppAdmin", "on"), a);
        assertThat(wizard.onPage("mag-registration-review")).as("review: %s", wizard.page()).isTrue();

        // One browser, one page, one nonce: the same post to both nodes.
        CompletableFuture<Page> onA = CompletableFuture.supplyAsync(() -> wizard.post("mag-registration-review", Map.of(), a));
        CompletableFuture<Page> onB = CompletableFuture.supplyAsync(() -> wizard.post("mag-registration-review", Map.of(), b));
        List<Page> answers = List.of(onA.get(), onB.get());

        assertThat(answers.stream().filter(RegistrationWizard::isConfirmation).count()).as("answers: %s", answers).isEqualTo(1);
        Page other = answers.stream().filter(answer -> !RegistrationWizard.isConfirmation(answer)).findFirst().orElseThrow();
        assertThat(other.status()).as("the other post: %s\n%s", other, other.abbreviated()).isLessThan(500);
        JsonNode registrations = admin.at(b).get("/mag-registrations?status=all&max=1000").expect(200).json();
        long named = 0;
        for (JsonNode registration : registrations) {
            if (name.equals(registration.path("organizationName").asText())) {
                named++;
            }
        }
        assertThat(named).as("registrations of %s", name).isEqualTo(1);
        assertThat(admin.at(b).get("/users?exact=true&username=" + admin.username("orgadmin")).expect(200).json()).hasSize(1);
    }
}
