package io.mag.keycloak.orgadmin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestJpaEntityProviderFactory;

/** The ids and changelogs existing databases know: changing them re-runs or orphans changes. */
class EntityProviderFactoriesTest {

    @Test
    void changeRequestsKeepTheirIdAndChangelog() {
        assertProvides(new ChangeRequestJpaEntityProviderFactory().create(null), "mag-change-request-entities",
                "META-INF/mag-change-request/changelog-master.xml", ChangeRequestEntity.class);
    }

    private void assertProvides(JpaEntityProvider provider, String id, String changelog, Class<?> entity) {
        assertThat(provider.getFactoryId()).isEqualTo(id);
        assertThat(provider.getChangelogLocation()).isEqualTo(changelog);
        assertThat(provider.getEntities()).containsExactly(entity);
        assertThat(getClass().getClassLoader().getResource(changelog)).isNotNull();
    }
}
