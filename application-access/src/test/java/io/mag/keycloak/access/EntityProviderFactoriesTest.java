package io.mag.keycloak.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.access.request.jpa.AccessRequestJpaEntityProviderFactory;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.access.subscription.jpa.SubscriptionJpaEntityProviderFactory;

/** The ids and changelogs existing databases know: changing them re-runs or orphans changes. */
class EntityProviderFactoriesTest {

    @Test
    void accessRequestsKeepTheirIdAndChangelog() {
        assertProvides(new AccessRequestJpaEntityProviderFactory().create(null), "mag-access-request-entities",
                "META-INF/mag-access-request/changelog-master.xml", AccessRequestEntity.class);
    }

    @Test
    void subscriptionsKeepTheirIdAndChangelog() {
        assertProvides(new SubscriptionJpaEntityProviderFactory().create(null), "mag-subscription-entities",
                "META-INF/mag-subscription/changelog-master.xml", SubscriptionEntity.class);
    }

    private void assertProvides(JpaEntityProvider provider, String id, String changelog, Class<?> entity) {
        assertThat(provider.getFactoryId()).isEqualTo(id);
        assertThat(provider.getChangelogLocation()).isEqualTo(changelog);
        assertThat(provider.getEntities()).containsExactly(entity);
        assertThat(getClass().getClassLoader().getResource(changelog)).isNotNull();
    }
}
