package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

import io.mag.keycloak.common.outbox.jpa.EmailOutboxJpaEntityProviderFactory;
import io.mag.keycloak.common.outbox.jpa.OutboxEmailEntity;

class ChangelogEntityProviderFactoryTest {

    @Test
    void theOutboxKeepsItsIdChangelogAndHistoryTable() {
        JpaEntityProvider provider = new EmailOutboxJpaEntityProviderFactory().create(null);

        assertThat(provider.getFactoryId()).isEqualTo("mag-email-outbox");
        assertThat(provider.getChangelogLocation()).isEqualTo("META-INF/mag-email-outbox/changelog-master.xml");
        assertThat(provider.getEntities()).containsExactly(OutboxEmailEntity.class);
        assertThat(getClass().getClassLoader().getResource(provider.getChangelogLocation())).isNotNull();
    }

    @Test
    void anIdThatNoLongerYieldsTheStatedHistoryTableIsRefused() {
        assertThatThrownBy(() -> new Renamed())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DATABASECHANGELOG_MAG_EMAILS");
    }

    private static final class Renamed extends ChangelogEntityProviderFactory {
        Renamed() {
            super("mag-emails-outbox", "DATABASECHANGELOG_MAG_EMAIL_", "META-INF/mag-email-outbox/changelog-master.xml",
                    OutboxEmailEntity.class);
        }
    }
}
