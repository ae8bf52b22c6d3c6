package io.mag.keycloak.common;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.connections.jpa.util.JpaUtils;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Factory of the JPA entity provider of our own tables: the entity classes and the Liquibase
 * changelog that creates them, one shared instance. Subclasses name them and, in postInit,
 * remove their rows with the realm, user, organization or client they belong to.
 *
 * <p>Keycloak records the changelog's applied changes in a history table named after the first
 * 10 letters of the id ({@link JpaUtils#getCustomChangelogTableName}). Each subclass states that
 * table, and construction fails when the id no longer yields it: a renamed id would make Liquibase
 * start an empty history table beside the old one and run every change again on a database that
 * has them.
 */
public abstract class ChangelogEntityProviderFactory implements JpaEntityProviderFactory {

    private final String id;
    private final JpaEntityProvider provider;

    protected ChangelogEntityProviderFactory(String id, String historyTable, String changelogLocation, Class<?>... entities) {
        String derived = JpaUtils.getCustomChangelogTableName(id);
        if (!derived.equals(historyTable)) {
            throw new IllegalStateException("JPA entity provider " + id + " would record its changes in " + derived
                    + " instead of " + historyTable);
        }
        this.id = id;
        this.provider = new Entities(id, changelogLocation, List.of(entities));
    }

    @Override
    public final JpaEntityProvider create(KeycloakSession session) {
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

    /** Stateless, so one instance serves every session. */
    private record Entities(String factoryId, String changelogLocation, List<Class<?>> entities) implements JpaEntityProvider {

        @Override
        public List<Class<?>> getEntities() {
            return entities;
        }

        @Override
        public String getChangelogLocation() {
            return changelogLocation;
        }

        @Override
        public String getFactoryId() {
            return factoryId;
        }

        @Override
        public void close() {
        }
    }
}
