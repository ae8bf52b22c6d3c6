package io.mag.keycloak.it.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RoleGroups;

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
    @DisplayName("the seed roles are groups per organization: no mag-* realm roles; the demo partner's role groups with their attributes")
    void seedRolesAreGroupsPerOrganization() {
        assertThat(realm.admin().roles().list()).extracting(RoleRepresentation::getName)
                .noneMatch(name -> name.startsWith("mag-"));
        List<String> defaults = realm.admin().roles().get("default-roles-mag").getRoleComposites().stream()
                .map(RoleRepresentation::getName).toList();
        assertThat(defaults).as("Keycloak's default roles survive a realm file that lists roles")
                .contains("offline_access", "uma_authorization");

        String northwindId = realm.admin().organizations().search("Northwind Aerospace", true, 0, 1).get(0).getId();
        RoleGroups roleGroups = new RoleGroups(realm);
        GroupRepresentation organization = roleGroups.group("/mag-organizations/northwind-aerospace");
        assertThat(organization.getAttributes()).containsEntry("mag.organization", List.of(northwindId));
        Map<String, String> roles = Map.of(
                RoleGroups.ORGANIZATION_ADMINISTRATORS, "organization-administrator",
                RoleGroups.ORGANIZATION_STEWARDS, "organization-steward",
                RoleGroups.FIS_ADMINISTRATORS, "fis-administrator",
                RoleGroups.ADOPTION_ADMINISTRATORS, "adoption-administrator",
                RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS, "service-provider-administrator");
        roles.forEach((name, value) -> {
            GroupRepresentation group = roleGroups.group(RoleGroups.path("northwind-aerospace", name));
            assertThat(group.getAttributes()).as(name)
                    .containsEntry("mag.role", List.of(value))
                    .containsEntry("mag.organization", List.of(northwindId));
            assertThat(group.getDescription()).as(name).isNotBlank();
        });
        // The partner roles show Partner Tools in the account console (a role of its own client; it grants nothing).
        for (String partnerRole : List.of(RoleGroups.ADOPTION_ADMINISTRATORS, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS)) {
            String groupId = roleGroups.group(RoleGroups.path("northwind-aerospace", partnerRole)).getId();
            String consoleId = realm.admin().clients().findByClientId("account-console").get(0).getId();
            assertThat(realm.admin().groups().group(groupId).roles().clientLevel(consoleId).listAll())
                    .extracting(RoleRepresentation::getName).containsExactly("mag-partner-tools");
        }
        // Organization Administrators and Stewards see Organization Tools (My Organization) the same way.
        for (String organizationRole : List.of(RoleGroups.ORGANIZATION_ADMINISTRATORS, RoleGroups.ORGANIZATION_STEWARDS)) {
            String groupId = roleGroups.group(RoleGroups.path("northwind-aerospace", organizationRole)).getId();
            String consoleId = realm.admin().clients().findByClientId("account-console").get(0).getId();
            assertThat(realm.admin().groups().group(groupId).roles().clientLevel(consoleId).listAll())
                    .extracting(RoleRepresentation::getName).containsExactly("mag-organization-tools");
        }
    }

    @Test
    @DisplayName("each end-user REST API has its audience client (every flow off) and client scope")
    void restApiAudiences() {
        for (String api : List.of("mag-invitations", "mag-organization", "mag-applications", "mag-partner")) {
            ClientRepresentation client = client(api);
            assertThat(client.isStandardFlowEnabled()).as(api).isFalse();
            assertThat(client.isDirectAccessGrantsEnabled()).as(api).isFalse();
            assertThat(client.isServiceAccountsEnabled()).as(api).isFalse();
            assertThat(realm.admin().clientScopes().findAll()).as(api).anySatisfy(scope -> {
                assertThat(scope.getName()).isEqualTo(api);
                assertThat(scope.getProtocolMappers()).anySatisfy(mapper ->
                        assertThat(mapper.getConfig()).containsEntry("included.client.audience", api));
            });
        }
    }
}
