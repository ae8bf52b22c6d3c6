package io.mag.keycloak.onboarding.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.models.RealmModel;

class RegistrationConfigTest {

    private static RegistrationConfig with(String key, String value) {
        RealmModel realm = mock(RealmModel.class);
        when(realm.getAttribute(key)).thenReturn(value);
        return new RegistrationConfig(realm);
    }

    @Test
    void applicationAdministratorsDefaultToTen() {
        assertEquals(10, with(RegistrationConfig.MAX_APPLICATION_ADMINISTRATORS, null).maxApplicationAdministrators());
        assertEquals(10, with(RegistrationConfig.MAX_APPLICATION_ADMINISTRATORS, "many").maxApplicationAdministrators());
    }

    @Test
    void applicationAdministratorsStayWithinWhatTheRequestRowHolds() {
        assertEquals(3, with(RegistrationConfig.MAX_APPLICATION_ADMINISTRATORS, "3").maxApplicationAdministrators());
        assertEquals(25, with(RegistrationConfig.MAX_APPLICATION_ADMINISTRATORS, "1000").maxApplicationAdministrators());
        assertEquals(1, with(RegistrationConfig.MAX_APPLICATION_ADMINISTRATORS, "0").maxApplicationAdministrators());
    }

    @Test
    void approvalLinkValidityIsInDaysWithinBounds() {
        assertEquals(7 * 86400, with(RegistrationConfig.APPROVAL_LINK_VALIDITY_DAYS, null).approvalLinkValiditySeconds());
        assertEquals(86400, with(RegistrationConfig.APPROVAL_LINK_VALIDITY_DAYS, "0").approvalLinkValiditySeconds());
        assertEquals(90 * 86400, with(RegistrationConfig.APPROVAL_LINK_VALIDITY_DAYS, "365").approvalLinkValiditySeconds());
    }
}
