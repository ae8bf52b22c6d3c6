package io.mag.keycloak.onboarding.invitation.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvitationValidatorTest {

    private static final List<String> SHAREABLE = List.of("portal", "sourcing");
    private static final List<String> LOCALES = List.of("en", "de", "fr");

    private static List<String> errors(String name, String email, List<String> clientIds) {
        return errors(name, email, clientIds, null);
    }

    private static List<String> errors(String name, String email, List<String> clientIds, String locale) {
        return InvitationValidator.validate(new InvitationRequest(name, email, clientIds, locale).normalized(), SHAREABLE, LOCALES).stream()
                .map(e -> e.field() + ":" + e.messageKey())
                .toList();
    }

    @Test
    @DisplayName("a complete request passes, after trimming and lower-casing")
    void valid() {
        assertThat(errors("  Acme   Parts ", " Buyer@Acme.Example ", List.of("portal", "portal"))).isEmpty();
        InvitationRequest normalized = new InvitationRequest("  Acme   Parts ", " Buyer@Acme.Example ", List.of("portal", "portal"), " fr ").normalized();
        assertThat(normalized.companyName()).isEqualTo("Acme Parts");
        assertThat(normalized.contactEmail()).isEqualTo("buyer@acme.example");
        assertThat(normalized.clientIds()).containsExactly("portal");
        assertThat(normalized.locale()).isEqualTo("fr");
    }

    @Test
    @DisplayName("the email's language is optional, and must be one of the realm's supported locales")
    void locale() {
        assertThat(errors("Acme", "a@x.example", List.of("portal"), "de")).isEmpty();
        assertThat(errors("Acme", "a@x.example", List.of("portal"), "  ")).isEmpty();
        assertThat(new InvitationRequest("Acme", "a@x.example", List.of("portal"), " ").normalized().locale()).isNull();
        assertThat(errors("Acme", "a@x.example", List.of("portal"), "es")).containsExactly("locale:magInviteLocaleInvalid");
        assertThat(errors("Acme", "a@x.example", List.of("portal"), "de-<b>")).containsExactly("locale:magInviteLocaleInvalid");
        assertThat(errors("", "a@x.example", List.of("portal"), "xx"))
                .containsExactly("companyName:magInviteCompanyNameRequired", "locale:magInviteLocaleInvalid");
    }

    @Test
    @DisplayName("missing fields are refused one by one")
    void required() {
        assertThat(errors(null, "  ", null)).containsExactly(
                "companyName:magInviteCompanyNameRequired", "contactEmail:magInviteEmailRequired", "clientIds:magInviteApplicationsRequired");
    }

    @Test
    @DisplayName("oversized input is refused, not cut")
    void oversized() {
        String longName = "A".repeat(256);
        String longEmail = "a".repeat(250) + "@x.example";
        assertThat(errors(longName, longEmail, List.of("portal")))
                .containsExactly("companyName:magInviteCompanyNameTooLong", "contactEmail:magInviteEmailTooLong");
        assertThat(errors("A".repeat(255), "a@x.example", List.of("portal"))).isEmpty();
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "app" + i).toList();
        assertThat(errors("Acme", "a@x.example", many)).containsExactly("clientIds:magInviteApplicationsTooMany");
    }

    @Test
    @DisplayName("an invalid email, control characters in the name, and another partner's application are refused")
    void invalid() {
        assertThat(errors("Acme", "not-an-email", List.of("portal"))).containsExactly("contactEmail:magInviteEmailInvalid");
        assertThat(errors("Acme\u0000Corp", "a@x.example", List.of("portal"))).containsExactly("companyName:magInviteCompanyNameInvalid");
        assertThat(errors("Acme", "a@x.example", List.of("portal", "someone-elses"))).containsExactly("clientIds:magInviteApplicationNotShareable");
        assertThat(InvitationValidator.validate(new InvitationRequest("Acme", "a@x.example", List.of("portal"), null).normalized(), Collections.emptyList(), LOCALES))
                .extracting(FieldError::messageKey).containsExactly("magInviteApplicationNotShareable");
    }

    @Test
    @DisplayName("HTML in a company name is kept as typed (it is escaped where shown)")
    void htmlKept() {
        assertThat(errors("<script>alert(1)</script> & Sons", "a@x.example", List.of("portal"))).isEmpty();
    }

    @Test
    @DisplayName("validity days: the realm attribute, 30 when missing or out of range")
    void validity() {
        assertThat(InvitationSettings.validityDays((String) null)).isEqualTo(30);
        assertThat(InvitationSettings.validityDays("14")).isEqualTo(14);
        assertThat(InvitationSettings.validityDays("0")).isEqualTo(30);
        assertThat(InvitationSettings.validityDays("many")).isEqualTo(30);
        assertThat(InvitationSettings.validityDays("366")).isEqualTo(30);
    }
}
