package io.mag.keycloak.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.connection.jpa.AccountConnectionEntity;
import io.mag.keycloak.connection.jpa.AccountConnectionJpaEntityProviderFactory;

/** The ids and changelogs existing databases know: changing them re-runs or orphans changes. */
class EntityProviderFactoriesTest {

    @Test
    void connectionsKeepTheirIdAndChangelog() {
        assertProvides(new AccountConnectionJpaEntityProviderFactory().create(null), "mag-account-connection-entities",
                "META-INF/mag-account-connection/changelog-master.xml", AccountConnectionEntity.class);
    }

    private void assertProvides(JpaEntityProvider provider, String id, String changelog, Class<?> entity) {
        assertThat(provider.getFactoryId()).isEqualTo(id);
        assertThat(provider.getChangelogLocation()).isEqualTo(changelog);
        assertThat(provider.getEntities()).containsExactly(entity);
        assertThat(getClass().getClassLoader().getResource(changelog)).isNotNull();
    }
}
