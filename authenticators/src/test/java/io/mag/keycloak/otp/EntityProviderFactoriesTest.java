package io.mag.keycloak.otp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.otp.license.jpa.LicenseKeyEntity;
import io.mag.keycloak.otp.license.jpa.LicenseKeyJpaEntityProviderFactory;

/** The ids and changelogs existing databases know: changing them re-runs or orphans changes. */
class EntityProviderFactoriesTest {

    @Test
    void licenseKeysKeepTheirIdAndChangelog() {
        assertProvides(new LicenseKeyJpaEntityProviderFactory().create(null), "mag-otp-license-key-entities",
                "META-INF/mag-otp-license-key/changelog-master.xml", LicenseKeyEntity.class);
    }

    private void assertProvides(JpaEntityProvider provider, String id, String changelog, Class<?> entity) {
        assertThat(provider.getFactoryId()).isEqualTo(id);
        assertThat(provider.getChangelogLocation()).isEqualTo(changelog);
        assertThat(provider.getEntities()).containsExactly(entity);
        assertThat(getClass().getClassLoader().getResource(changelog)).isNotNull();
    }
}
