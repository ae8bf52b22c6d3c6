package io.mag.keycloak.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.onboarding.invitation.jpa.InvitationEntity;
import io.mag.keycloak.onboarding.invitation.jpa.InvitationJpaEntityProviderFactory;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;
import io.mag.keycloak.onboarding.registration.jpa.RegistrationJpaEntityProviderFactory;

/** The ids and changelogs existing databases know: changing them re-runs or orphans changes. */
class EntityProviderFactoriesTest {

    @Test
    void registrationsKeepTheirIdAndChangelog() {
        assertProvides(new RegistrationJpaEntityProviderFactory().create(null), "mag-registration-entities",
                "META-INF/mag-registration/changelog-master.xml", OrgRegistrationEntity.class);
    }

    @Test
    void invitationsKeepTheirIdAndChangelog() {
        assertProvides(new InvitationJpaEntityProviderFactory().create(null), "mag-invitation-entities",
                "META-INF/mag-invitation/changelog-master.xml", InvitationEntity.class);
    }

    private void assertProvides(JpaEntityProvider provider, String id, String changelog, Class<?> entity) {
        assertThat(provider.getFactoryId()).isEqualTo(id);
        assertThat(provider.getChangelogLocation()).isEqualTo(changelog);
        assertThat(provider.getEntities()).containsExactly(entity);
        assertThat(getClass().getClassLoader().getResource(changelog)).isNotNull();
    }
}
