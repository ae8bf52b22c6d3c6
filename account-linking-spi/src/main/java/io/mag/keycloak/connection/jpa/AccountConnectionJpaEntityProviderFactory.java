package io.mag.keycloak.connection.jpa;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;

/** Registers the connection entity and its Liquibase changelog with Keycloak's JPA setup. */
public final class AccountConnectionJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-account-connection-entities";

    public AccountConnectionJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_ACCOUN", "META-INF/mag-account-connection/changelog-master.xml",
                AccountConnectionEntity.class);
    }
}
