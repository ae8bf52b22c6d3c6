package io.mag.keycloak.it.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;

/** The realm-config import produces the realm the foundation promises, read back through the admin API. */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class MagRealmImportIT {

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @Test
    void realmHasTheGatewaySecuritySettings() {
        RealmRepresentation rep = realm.admin().toRepresentation();

        assertThat(rep.getRealm()).isEqualTo(MagRealm.NAME);
        assertThat(rep.isOrganizationsEnabled()).as("organizations").isTrue();
        assertThat(rep.isDuplicateEmailsAllowed()).as("duplicate emails (parent and child share one)").isTrue();
        assertThat(rep.isLoginWithEmailAllowed()).as("native email login cannot work with duplicate emails").isFalse();
        assertThat(rep.isBruteForceProtected()).as("brute-force detection").isTrue();
        assertThat(rep.isEventsEnabled()).as("user events stored").isTrue();
        assertThat(rep.isAdminEventsEnabled()).as("admin events stored").isTrue();
        assertThat(rep.isAdminEventsDetailsEnabled()).as("admin event details stored").isTrue();
    }

    @Test
    void otpPolicyIsSixDigitThirtySecondTotpWithoutCodeReuse() {
        RealmRepresentation rep = realm.admin().toRepresentation();

        assertThat(rep.getOtpPolicyType()).isEqualTo("totp");
        assertThat(rep.getOtpPolicyDigits()).isEqualTo(6);
        assertThat(rep.getOtpPolicyPeriod()).isEqualTo(30);
        assertThat(rep.isOtpPolicyCodeReusable()).isFalse();
    }

    @Test
    void magThemesAreSelected() {
        RealmRepresentation rep = realm.admin().toRepresentation();

        assertThat(rep.getLoginTheme()).isEqualTo("mag");
        assertThat(rep.getEmailTheme()).isEqualTo("mag");
    }

    @Test
    void shippedRealmHasNoUsersAndAPasswordPolicy() {
        assertThat(realm.admin().users().count()).as("demo users are added by bin/start-gateway, not shipped").isZero();
        assertThat(MagRealm.representation().getUsers()).as("the realm file declares no users").isNullOrEmpty();

        String policy = realm.admin().toRepresentation().getPasswordPolicy();
        assertThat(policy).contains("length(12)", "notUsername", "notEmail", "passwordHistory(");
    }

    @Test
    void demoPartnerOrganizationHasNoMembers() {
        String id = realm.admin().organizations().search("Northwind Aerospace", true, 0, 1).get(0).getId();
        assertThat(realm.admin().organizations().get(id).members().list(0, 10)).isEmpty();
    }

    @Test
    void demoPartnerOrganizationExists() {
        List<OrganizationRepresentation> orgs = realm.admin().organizations().search("Northwind Aerospace", true, 0, 10);

        assertThat(orgs).hasSize(1);
        OrganizationRepresentation partner = realm.admin().organizations().get(orgs.get(0).getId()).toRepresentation();
        assertThat(partner.isEnabled()).isTrue();
        assertThat(partner.getAlias()).isEqualTo("northwind-aerospace");
        assertThat(partner.getAttributes()).containsEntry("mag.organization.type", List.of("partner"));
    }

    @Test
    void demoApplicationsDeclareOtpAndPublicRegistration() {
        ClientRepresentation portal = client("northwind-supplier-portal");
        ClientRepresentation sourcing = client("northwind-sourcing");

        assertThat(portal.getAttributes())
                .containsEntry("mag.owning-partner", "northwind-aerospace")
                .containsEntry("minimum.acr.value", "2")
                .containsEntry("mag.public-registration", "false");
        assertThat(sourcing.getAttributes())
                .containsEntry("mag.owning-partner", "northwind-aerospace")
                .doesNotContainKey("minimum.acr.value")
                .containsEntry("mag.public-registration", "true");
    }

    private ClientRepresentation client(String clientId) {
        List<ClientRepresentation> found = realm.admin().clients().findByClientId(clientId);
        assertThat(found).as(clientId).hasSize(1);
        return found.get(0);
    }

    @Test
    void seedRolesAreRealmRolesWithDescriptions() {
        List<String> seedRoles = List.of("mag-organization-administrator", "mag-application-administrator",
                "mag-fis-administrator", "mag-adoption-administrator", "mag-organization-steward",
                "mag-service-provider-administrator", "mag-user");

        for (String name : seedRoles) {
            RoleRepresentation role = realm.admin().roles().get(name).toRepresentation();
            assertThat(role.getDescription()).as(name).isNotBlank();
        }
        List<String> defaults = realm.admin().roles().get("default-roles-mag").getRoleComposites().stream()
                .map(RoleRepresentation::getName).toList();
        assertThat(defaults).as("Keycloak's default roles survive a realm file that lists roles")
                .contains("offline_access", "uma_authorization");
    }
}
