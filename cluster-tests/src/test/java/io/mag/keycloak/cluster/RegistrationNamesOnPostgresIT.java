package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.RegistrationWizard;

/**
 * PostgreSQL specifics of organization registrations: the unique key on (realm, active name)
 * holds NULL for every decided request, so rejected requests of one name coexist, and the active
 * name is compared without regard to letter case or spacing.
 */
class RegistrationNamesOnPostgresIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @BeforeEach
    void manyRegistrations() {
        RegistrationWizard.allowManyRegistrations(admin);
    }

    private RegistrationWizard profileTyped(String name, String who, Node node) {
        return new RegistrationWizard().start(node).passCaptcha(node)
                .next("mag-registration-intro", Map.of(), node)
                .next("mag-registration-profile", RegistrationWizard.profile(name, admin.email(who + "-contact")), node);
    }

    private String register(String name, String who, Node node) {
        RegistrationWizard wizard = profileTyped(name, who, node)
                .next("mag-registration-org-admin", RegistrationWizard.person("Olga", "Admin", admin.email(who), admin.username(who)), node)
                .next("mag-registration-app-admins", Map.of("orgAdminIsAppAdmin", "on"), node)
                .next("mag-registration-review", Map.of(), node);
        return wizard.registrationId();
    }

    @Test
    @DisplayName("two rejected requests and a pending one of the same name coexist (NULL keys); the name in other letter case is refused while one is pending")
    void rejectedNamesFreeTheNameAndPendingOnesHoldIt() throws Exception {
        String name = "Null Key Works " + admin.username("org");
        for (String who : new String[] {"first", "second"}) {
            String id = register(name, who, who.equals("first") ? a : b);
            admin.post("/mag-registrations/" + id + "/reject", Map.of("reason", "Not a supplier of ours")).expect(200);
        }
        String pending = register(name, "third", a);
        assertThat(admin.at(b).get("/mag-registrations/" + pending).expect(200).json().path("status").asText()).isEqualTo("pending");

        try (Connection db = cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT count(*), count(active_name_key) FROM mag_org_registration WHERE org_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("requests of the name").isEqualTo(3);
                assertThat(rows.getInt(2)).as("of them holding the name (non-NULL key)").isEqualTo(1);
            }
        }

        RegistrationWizard duplicate = profileTyped("  " + name.toUpperCase(Locale.ROOT).replace(" ", "   ") + " ", "fourth", b);
        assertThat(duplicate.onPage("mag-registration-profile")).as("still on the profile page: %s", duplicate.page()).isTrue();
        assertThat(duplicate.page().body()).contains("An organization with this name is already registered");
    }
}
