package io.mag.keycloak.common.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueDecisionTest {

    @Test
    void readsTheConsolesValues() {
        assertThat(QueueDecision.parse(" Approve ")).contains(QueueDecision.APPROVE);
        assertThat(QueueDecision.parse("reject")).contains(QueueDecision.REJECT);
        assertThat(QueueDecision.parse("pending")).isEmpty();
        assertThat(QueueDecision.parse(null)).isEmpty();
        assertThat(QueueDecision.REJECT.value()).isEqualTo("reject");
    }

    @Test
    void anItemsKeyNamesItsSource() {
        assertThat(new QueueItem("mag-registrations", "42", "registration", "Acme", "olga", 0L, null).key())
                .isEqualTo("mag-registrations/42");
    }
}
