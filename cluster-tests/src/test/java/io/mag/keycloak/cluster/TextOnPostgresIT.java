package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.HttpJson;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Partner;
import io.mag.keycloak.cluster.support.RegistrationWizard;

/**
 * Text on PostgreSQL: a value longer than its column is refused with a clear error before anything
 * is written; a value of exactly the column's length is stored whole, also with letters that take
 * several bytes (PostgreSQL counts characters); and a NUL character, which PostgreSQL cannot store
 * in text at all (H2 can), is refused as invalid input instead of failing in the database.
 */
class TextOnPostgresIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @BeforeEach
    void manyRegistrations() {
        RegistrationWizard.allowManyRegistrations(admin);
    }

    /** A pending registration of a new organization, with its administrator; its id. */
    private String pendingRegistration(String name) {
        return new RegistrationWizard().start(a).passCaptcha(a)
                .next("mag-registration-intro", Map.of(), a)
                .next("mag-registration-profile", RegistrationWizard.profile(name, admin.email("contact")), a)
                .next("mag-registration-org-admin", RegistrationWizard.person("Lena", "Long", admin.email("orgadmin"), admin.username("orgadmin")), a)
                .next("mag-registration-app-admins", Map.of("orgAdminIsAppAdmin", "on"), a)
                .next("mag-registration-review", Map.of(), a)
                .registrationId();
    }

    /** The request is still pending, its organization and its administrator still there. */
    private void unchanged(String id, String name) {
        JsonNode registration = admin.at(b).get("/mag-registrations/" + id).expect(200).json();
        assertThat(registration.path("status").asText()).isEqualTo("pending");
        assertThat(registration.path("reason").isNull() || registration.path("reason").asText().isEmpty()).as("no reason stored: %s", registration).isTrue();
        assertThat(admin.at(b).get("/organizations/" + registration.path("organizationId").asText()).expect(200).json().path("name").asText()).isEqualTo(name);
        assertThat(admin.at(b).get("/users?exact=true&username=" + admin.username("orgadmin")).expect(200).json()).hasSize(1);
    }

    @Test
    @DisplayName("a rejection reason over its column's 2,000 characters, or with a NUL character, is refused with 400 and a clear error; the request stays pending with its organization and administrator; 2,000 characters of accented letters are stored whole")
    void rejectionReasonLengthAndCharacters() {
        String name = "Long Reason " + admin.username("org");
        String id = pendingRegistration(name);

        HttpJson tooLong = admin.post("/mag-registrations/" + id + "/reject", Map.of("reason", "x".repeat(2001)));
        assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 2000 characters");
        unchanged(id, name);

        HttpJson withNul = admin.post("/mag-registrations/" + id + "/reject", Map.of("reason", "Not a supplier\u0000 of ours"));
        assertThat(withNul.status()).as("%s", withNul).isEqualTo(400);
        assertThat(withNul.body()).contains("control characters");
        unchanged(id, name);

        // 2,000 characters, 4,000 bytes in UTF-8: PostgreSQL's VARCHAR(2000) counts characters.
        String accented = "é".repeat(1991) + "\nÜbrigens";
        assertThat(accented).hasSize(2000);
        admin.post("/mag-registrations/" + id + "/reject", Map.of("reason", accented)).expect(200);
        JsonNode rejected = admin.at(b).get("/mag-registrations/" + id).expect(200).json();
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.path("reason").asText()).as("stored whole").isEqualTo(accented);
    }

    @Test
    @DisplayName("an invitation's company name over its column's 255 characters is refused with a field error and nothing stored; 255 characters of letters outside ASCII are stored whole")
    void invitationCompanyNameLength() {
        Partner partner = Partner.serviceProviderAdministrator(admin);
        int before = partner.invitations(a).size();

        HttpJson tooLong = partner.inviteRaw(a, Map.of("companyName", "Ø".repeat(256), "contactEmail", admin.email("long"),
                "clientIds", List.of("northwind-sourcing")));
        assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(400);
        assertThat(tooLong.body()).contains("companyName");
        assertThat(partner.invitations(b)).as("nothing stored").hasSize(before);

        String longest = "Ø".repeat(250) + " GmbH";
        String id = partner.invite(a, longest, admin.email("longest"));
        assertThat(partner.invitation(b, id).path("companyName").asText()).as("stored whole").isEqualTo(longest);
    }
}
