package io.mag.keycloak.it.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;

/** Emails of the mag realm leave through SMTP in the gateway's email layout. */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class EmailThemeIT {

    @InjectMailServer
    MailServer mail;

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @Test
    void keycloakEmailsUseTheGatewayLayout() throws Exception {
        UserRepresentation operator = realm.admin().users().search(DemoUsers.OPERATOR, true).get(0);

        realm.admin().users().get(operator.getId()).executeActionsEmail(List.of("UPDATE_PASSWORD"));

        assertThat(mail.waitForIncomingEmail(10_000, 1)).as("an email reached the test mail server").isTrue();
        MimeMessage message = mail.getLastReceivedMessage();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(operator.getEmail());

        assertThat(Emails.html(message))
                .contains("id=\"mag-email-header\"", "Managed Access Gateway", "id=\"mag-email-footer\"");
        assertThat(Emails.text(message)).isNotBlank();
    }
}
