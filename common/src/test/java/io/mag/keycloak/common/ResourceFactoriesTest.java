package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

class ResourceFactoriesTest {

    @Test
    void aRealmResourceIsBuiltOnTheSessionItsProviderWasCreatedFor() {
        KeycloakSession session = mock(KeycloakSession.class);
        RealmResourceFactory factory = new RealmResourceFactory("mag-test", List::of) {
        };

        assertThat(factory.getId()).isEqualTo("mag-test");
        assertThat(factory.create(session).getResource()).isEqualTo(List.of(session));
    }

    @Test
    void anAdminResourceGetsWhatTheAdminApiHandsItsProvider() {
        KeycloakSession session = mock(KeycloakSession.class);
        RealmModel realm = mock(RealmModel.class);
        AdminPermissionEvaluator auth = mock(AdminPermissionEvaluator.class);
        AdminEventBuilder adminEvent = mock(AdminEventBuilder.class);
        AdminResourceFactory factory = new AdminResourceFactory("mag-test", List::of) {
        };

        assertThat(factory.getId()).isEqualTo("mag-test");
        assertThat(factory.create(null).getResource(session, realm, auth, adminEvent))
                .isEqualTo(List.of(session, realm, auth, adminEvent));
    }
}
