package io.mag.keycloak.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.mockito.ArgumentCaptor;

class SubscriptionCredentialsTest {

    private final List<CredentialModel> stored = new ArrayList<>();
    private final SubjectCredentialManager manager = mock(SubjectCredentialManager.class);
    private SubscriptionCredentials store;

    @BeforeEach
    void user() {
        UserModel user = mock(UserModel.class);
        when(user.credentialManager()).thenReturn(manager);
        when(manager.getStoredCredentialsByTypeStream(any())).thenAnswer(i -> stored.stream().filter(c -> c.getType().equals(i.getArgument(0))).toList().stream());
        store = new SubscriptionCredentials(user);
    }

    private CredentialModel credential(String id, String type, Long createdDate) {
        CredentialModel c = new CredentialModel();
        c.setId(id);
        c.setType(type);
        c.setCreatedDate(createdDate);
        stored.add(c);
        return c;
    }

    @Test
    void withoutRecordTheSubscriptionIsImplicitFromCreatedDate() {
        CredentialModel otp = credential("otp-1", "otp", Instant.parse("2026-02-01T10:00:00Z").toEpochMilli());
        assertThat(store.subscriptionOf(otp)).contains(
                new OtpSubscription("otp-1", Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2027-02-01T10:00:00Z")));
        assertThat(store.isRecorded(otp)).isFalse();
    }

    @Test
    void recordedDatesWin() {
        CredentialModel otp = credential("otp-1", "otp", Instant.parse("2026-02-01T10:00:00Z").toEpochMilli());
        CredentialModel companion = credential("c-1", SubscriptionCredentials.TYPE, 1L);
        companion.setCredentialData("{\"otpCredentialId\":\"otp-1\",\"activatedAt\":1000,\"expiresAt\":2000,\"renewals\":1,\"future\":true}");
        assertThat(store.subscriptionOf(otp)).contains(new OtpSubscription("otp-1", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000)));
        assertThat(store.isRecorded(otp)).isTrue();
    }

    @Test
    void otherTypesAndMissingCreatedDateHaveNoSubscription() {
        assertThat(store.subscriptionOf(credential("p", "password", 5L))).isEmpty();
        assertThat(store.subscriptionOf(credential("otp-2", "otp", null))).isEmpty();
    }

    @Test
    void unreadableCompanionIsIgnored() {
        CredentialModel otp = credential("otp-1", "otp", 0L);
        credential("c-1", SubscriptionCredentials.TYPE, 1L).setCredentialData("not json");
        assertThat(store.isRecorded(otp)).isFalse();
        assertThat(store.subscriptionOf(otp)).isPresent();
    }

    @Test
    void saveCreatesACompanionWithDatesInDataAndLabel() {
        credential("otp-1", "otp", 0L);
        store.save(SubscriptionRecord.of(new OtpSubscription("otp-1", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))));
        ArgumentCaptor<CredentialModel> created = ArgumentCaptor.forClass(CredentialModel.class);
        verify(manager).createStoredCredential(created.capture());
        assertThat(created.getValue().getType()).isEqualTo(SubscriptionCredentials.TYPE);
        assertThat(created.getValue().getUserLabel()).isEqualTo("2026-01-01/2027-01-01 · otp otp-1");
        assertThat(created.getValue().getCredentialData()).contains("\"otpCredentialId\":\"otp-1\"", "\"expiresAt\":" + Instant.parse("2027-01-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void saveUpdatesAnExistingCompanion() {
        credential("otp-1", "otp", 0L);
        credential("c-1", SubscriptionCredentials.TYPE, 1L).setCredentialData("{\"otpCredentialId\":\"otp-1\",\"activatedAt\":1000,\"expiresAt\":2000}");
        store.save(SubscriptionRecord.of(new OtpSubscription("otp-1", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(3000))));
        verify(manager).updateStoredCredential(any());
        verify(manager, never()).createStoredCredential(any());
    }

    @Test
    void orphansAreRemoved() {
        credential("otp-1", "otp", 0L);
        credential("keep", SubscriptionCredentials.TYPE, 1L).setCredentialData("{\"otpCredentialId\":\"otp-1\",\"activatedAt\":1,\"expiresAt\":2}");
        credential("orphan", SubscriptionCredentials.TYPE, 1L).setCredentialData("{\"otpCredentialId\":\"gone\",\"activatedAt\":1,\"expiresAt\":2}");
        assertThat(store.removeOrphans()).isEqualTo(1);
        verify(manager).removeStoredCredentialById("orphan");
        verify(manager, never()).removeStoredCredentialById("keep");
    }

    @Test
    void remindersResetWhenTheExpiryMoves() {
        SubscriptionRecord record = SubscriptionRecord.of(new OtpSubscription("otp-1", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000)))
                .withReminderSent(7, List.of(30, 7));
        assertThat(record.remindersSent()).containsExactly(7, 30);
        SubscriptionRecord renewed = record.withDates(new OtpSubscription("otp-1", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(5000)), true);
        assertThat(renewed.remindersSent()).isEmpty();
        assertThat(renewed.renewals()).isEqualTo(1);
    }
}
