package io.mag.keycloak.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class SubscriptionSettingsTest {

    @Test
    void defaultsWhenUnset() {
        RealmModel realm = mock(RealmModel.class);
        assertThat(SubscriptionSettings.of(realm)).isEqualTo(new RenewalPolicy(30, 12));
    }

    @Test
    void readsRealmAttributes() {
        RealmModel realm = mock(RealmModel.class);
        when(realm.getAttribute(SubscriptionSettings.OPENS_DAYS_BEFORE_EXPIRY)).thenReturn("45");
        when(realm.getAttribute(SubscriptionSettings.CLOSES_MONTHS_AFTER_EXPIRY)).thenReturn(" 6 ");
        assertThat(SubscriptionSettings.of(realm)).isEqualTo(new RenewalPolicy(45, 6));
    }

    @Test
    void invalidValuesFallBackToDefaults() {
        Map<String, String> attributes = Map.of(
                SubscriptionSettings.OPENS_DAYS_BEFORE_EXPIRY, "-3",
                SubscriptionSettings.CLOSES_MONTHS_AFTER_EXPIRY, "twelve");
        assertThat(SubscriptionSettings.of(attributes::get)).isEqualTo(RenewalPolicy.DEFAULT);
    }

    @Test
    void otpIsSoldUnlessTheRealmSaysIncluded() {
        RealmModel realm = mock(RealmModel.class);
        assertThat(SubscriptionSettings.newCredentialNeedsEntitlement(realm)).as("unset").isTrue();
        when(realm.getAttribute(SubscriptionSettings.OTP_INCLUDED)).thenReturn("false");
        assertThat(SubscriptionSettings.newCredentialNeedsEntitlement(realm)).isTrue();
        when(realm.getAttribute(SubscriptionSettings.OTP_INCLUDED)).thenReturn("yes");
        assertThat(SubscriptionSettings.newCredentialNeedsEntitlement(realm)).as("anything but true").isTrue();
        when(realm.getAttribute(SubscriptionSettings.OTP_INCLUDED)).thenReturn(" TRUE ");
        assertThat(SubscriptionSettings.newCredentialNeedsEntitlement(realm)).isFalse();
    }
}
