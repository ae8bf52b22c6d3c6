package io.mag.keycloak.orgadmin.roles;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.common.MagEvents;

/**
 * {@code /admin/realms/{realm}/mag-role-model}: the operator runs the role model migration
 * ({@link RoleModelMigration}) again and reads what it did. Keycloak authenticates the caller
 * (401 otherwise); it needs the rights to manage the realm's users and the realm (the migration
 * removes realm roles), 403 otherwise. An admin event (resource type REALM_ROLE, operation ACTION,
 * resource path {@code mag-role-model/migrate}) records each run with its report.
 */
public final class RoleModelAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    RoleModelAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.REALM_ROLE);
    }

    /** Runs the migration (idempotent) and answers its report. */
    @POST
    @Path("migrate")
    @Produces(MediaType.APPLICATION_JSON)
    public RoleModelMigration.Report migrate() {
        auth.users().requireManage();
        auth.realm().requireManageRealm();
        RoleModelMigration.Report report = new RoleModelMigration(session, realm).run();
        adminEvent.clone(session).operation(OperationType.ACTION)
                .resourcePath(RoleModelAdminResourceProviderFactory.PROVIDER_ID, "migrate")
                .detail(MagEvents.OPERATION, MagEvents.ROLE_MODEL_MIGRATED)
                .representation(report)
                .success();
        return report;
    }
}
