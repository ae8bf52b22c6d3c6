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
import io.mag.keycloak.cluster.support.Mailbox;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.Partner;
import io.mag.keycloak.cluster.support.RegistrationWizard;

/**
 * An invitation link is single-use cluster-wide: created on one node, redeemed on the other, and
 * when two people submit the wizard of the same link on both nodes at once, one registration.
 */
class InvitationLinksAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    /** The wizard of the invitation link up to its review page, each page at the node given in turn. */
    private RegistrationWizard atReview(String link, String who, Node first, Node second) {
        RegistrationWizard wizard = new RegistrationWizard().startFrom(link, first).passCaptcha(first)
                .next("mag-registration-intro", Map.of(), second);
        assertThat(wizard.onPage("mag-registration-profile")).as("the invited company's profile: %s\n%s", wizard.page(), wizard.page().abbreviated()).isTrue();
        wizard.next("mag-registration-profile", RegistrationWizard.profile("ignored: the invited name is fixed", admin.email("invited")), first)
                .next("mag-registration-org-admin", RegistrationWizard.person("Ines", "Vited", admin.email(who), admin.username(who)), second)
                .next("mag-registration-app-admins", Map.of("orgAdminIsAppAdmin", "on"), first);
        assertThat(wizard.onPage("mag-registration-review")).as("review: %s\n%s", wizard.page(), wizard.page().abbreviated()).isTrue();
        return wizard;
    }

    @Test
    @DisplayName("an invitation created on node A is redeemed on node B; its link submitted on both nodes at once registers once, and that registration is the invitation's")
    void sameInvitationLinkOnBothNodesRegistersOnce() throws Exception {
        RegistrationWizard.allowManyRegistrations(admin);
        Partner partner = Partner.serviceProviderAdministrator(admin);
        String company = "Invited Castings " + admin.username("org");
        String invitationId = partner.invite(a, company, admin.email("invited"));
        String link = Partner.registerNowLink(Mailbox.await(admin.email("invited"), Partner.INVITATION_SUBJECT));

        RegistrationWizard onB = atReview(link, "first", b, a);
        RegistrationWizard onA = atReview(link, "second", a, b);
        assertThat(onB.page().body()).as("the review shows the invited company").contains(company);

        CompletableFuture<Page> submitB = CompletableFuture.supplyAsync(() -> onB.post("mag-registration-review", Map.of(), b));
        CompletableFuture<Page> submitA = CompletableFuture.supplyAsync(() -> onA.post("mag-registration-review", Map.of(), a));
        List<Page> answers = List.of(submitB.get(), submitA.get());

        List<Page> confirmed = answers.stream().filter(RegistrationWizard::isConfirmation).toList();
        assertThat(confirmed).as("answers: %s", answers).hasSize(1);
        Page refused = answers.stream().filter(answer -> !RegistrationWizard.isConfirmation(answer)).findFirst().orElseThrow();
        assertThat(refused.status()).as("refused: %s\n%s", refused, refused.abbreviated()).isLessThan(500);

        String winner = confirmed.get(0) == answers.get(0) ? "first" : "second";
        String loser = "first".equals(winner) ? "second" : "first";
        String registrationId = (confirmed.get(0) == answers.get(0) ? onB : onA).at(confirmed.get(0)).registrationId();
        JsonNode registrations = admin.at(b).get("/mag-registrations?status=all&max=1000").expect(200).json();
        long ofCompany = 0;
        for (JsonNode registration : registrations) {
            if (company.equals(registration.path("organizationName").asText())) {
                ofCompany++;
            }
        }
        assertThat(ofCompany).as("registrations of the invited company").isEqualTo(1);
        assertThat(admin.at(b).get("/users?exact=true&username=" + admin.username(winner)).expect(200).json()).hasSize(1);
        assertThat(admin.at(b).get("/users?exact=true&username=" + admin.username(loser)).expect(200).json())
                .as("nothing of the refused submission").isEmpty();
        JsonNode invitation = partner.invitation(b, invitationId);
        assertThat(invitation.path("status").asText()).isEqualTo("registered");
        assertThat(admin.at(b).get("/mag-registrations/" + registrationId).expect(200).json().path("invitationId").asText())
                .as("the one registration is the invitation's").isEqualTo(invitationId);
    }
}
