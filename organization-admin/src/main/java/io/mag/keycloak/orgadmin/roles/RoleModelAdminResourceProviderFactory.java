package io.mag.keycloak.orgadmin.roles;

import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.cluster.ExecutionResult;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

import io.mag.keycloak.common.AdminResourceFactory;

/**
 * Admin REST {@code mag-role-model} (the id is the path segment under {@code /admin/realms/{realm}/}),
 * and the role model's server-wide wiring, done once at start-up ({@link #postInit}): the
 * {@link OrganizationGroupsListener}, and the migration of every realm not yet marked
 * {@value RoleModelMigration#MARKER}={@value RoleModelMigration#VERSION}, once Keycloak has
 * migrated and imported its realms. In a cluster, one node migrates (Keycloak's cluster-aware
 * {@link ClusterProvider#executeIfNotExecuted}); the marker makes a later start skip the realm.
 */
public final class RoleModelAdminResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-role-model";

    private static final Logger LOG = Logger.getLogger(RoleModelAdminResourceProviderFactory.class);
    private static final String TASK = "mag-role-model-migration";
    private static final int TASK_TIMEOUT_SECONDS = 900;

    public RoleModelAdminResourceProviderFactory() {
        super(PROVIDER_ID, RoleModelAdminResource::new);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new OrganizationGroupsListener());
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                migrateRealms(factory);
            }
        });
    }

    private static void migrateRealms(KeycloakSessionFactory factory) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                ExecutionResult<Void> result = session.getProvider(ClusterProvider.class).executeIfNotExecuted(TASK, TASK_TIMEOUT_SECONDS, () -> {
                    session.realms().getRealmsStream().map(RealmModel::getId).toList().forEach(id -> migrate(factory, id));
                    return null;
                });
                if (!result.isExecuted()) {
                    LOG.debug("Another node migrates the role model");
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Role model migration at start-up failed; run POST /admin/realms/{realm}/mag-role-model/migrate", e);
        }
    }

    /** One realm in a transaction of its own: a failure leaves the others migrated. */
    private static void migrate(KeycloakSessionFactory factory, String realmId) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                RealmModel realm = session.realms().getRealm(realmId);
                if (realm == null || RoleModelMigration.isMigrated(realm)) {
                    return;
                }
                session.getContext().setRealm(realm);
                new RoleModelMigration(session, realm).run();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Role model migration of realm %s failed; run POST /admin/realms/{realm}/mag-role-model/migrate", realmId);
        }
    }
}
