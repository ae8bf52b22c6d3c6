package io.mag.keycloak.common;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Factory of an admin REST resource under {@code /admin/realms/{realm}/<id>}: one shared provider,
 * which builds the resource from what Keycloak's admin API hands it (the session, the realm, the
 * caller's permissions, the admin event builder). Subclasses name the path segment and the
 * resource's constructor.
 */
public abstract class AdminResourceFactory implements AdminRealmResourceProviderFactory {

    /** The resource's constructor. */
    @FunctionalInterface
    public interface Resource {
        Object create(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent);
    }

    private final String id;
    private final AdminRealmResourceProvider provider;

    protected AdminResourceFactory(String id, Resource resource) {
        this.id = id;
        this.provider = new AdminRealmResourceProvider() {
            @Override
            public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return resource.create(session, realm, auth, adminEvent);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public final AdminRealmResourceProvider create(KeycloakSession session) {
        return provider;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
