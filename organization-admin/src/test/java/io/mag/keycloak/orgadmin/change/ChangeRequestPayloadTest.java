package io.mag.keycloak.orgadmin.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ChangeRequestPayloadTest {

    @Test
    void keepsTheKindsFieldsStrippedAndInOrder() {
        Map<String, String> values = ChangeRequestPayload.validate(ChangeRequestKind.COMPANY_ADDRESS,
                Map.of("country", " France ", "street", "1 Quay", "city", "Brest", "postalCode", "29200"));

        assertThat(values).containsExactly(Map.entry("street", "1 Quay"), Map.entry("city", "Brest"),
                Map.entry("postalCode", "29200"), Map.entry("country", "France"));
    }

    @Test
    void refusesUnknownMissingAndOverlongFields() {
        assertThatThrownBy(() -> ChangeRequestPayload.validate(ChangeRequestKind.COMPANY_NAME, Map.of("name", "A", "alias", "b")))
                .isInstanceOfSatisfying(ChangeRequestPayload.Invalid.class, e -> assertThat(e.field()).isEqualTo("alias"));
        assertThatThrownBy(() -> ChangeRequestPayload.validate(ChangeRequestKind.LEGAL_NAME, Map.of("firstName", "Ana", "lastName", " ")))
                .isInstanceOfSatisfying(ChangeRequestPayload.Invalid.class, e -> assertThat(e.messageKey()).isEqualTo("magChangeFieldRequired"));
        assertThatThrownBy(() -> ChangeRequestPayload.validate(ChangeRequestKind.COMPANY_NAME, Map.of("name", "x".repeat(101))))
                .isInstanceOfSatisfying(ChangeRequestPayload.Invalid.class, e -> assertThat(e.messageKey()).isEqualTo("magChangeFieldTooLong"));
    }

    @Test
    void refusesAMalformedEmail() {
        assertThatThrownBy(() -> ChangeRequestPayload.validate(ChangeRequestKind.EMAIL, Map.of("email", "not an address")))
                .isInstanceOfSatisfying(ChangeRequestPayload.Invalid.class, e -> assertThat(e.messageKey()).isEqualTo("magChangeInvalidEmail"));
        assertThat(ChangeRequestPayload.validate(ChangeRequestKind.EMAIL, Map.of("email", "a@b.example"))).containsEntry("email", "a@b.example");
    }

    @Test
    void theJsonFormRoundTrips() {
        Map<String, String> values = Map.of("firstName", "Zoë", "lastName", "O'Neil \"Jr\"");
        assertThat(ChangeRequestPayload.fromJson(ChangeRequestPayload.toJson(values))).isEqualTo(values);
    }

    @Test
    void kindsHaveTheApiCodes() {
        assertThat(ChangeRequestKind.ofCode("company-name")).contains(ChangeRequestKind.COMPANY_NAME);
        assertThat(ChangeRequestKind.ORGANIZATION_ADMINISTRATOR.code()).isEqualTo("organization-administrator");
        assertThat(ChangeRequestKind.ofCode("COMPANY_NAME")).isEmpty();
        assertThat(ChangeRequestMails.kindKey(ChangeRequestKind.LEGAL_NAME)).isEqualTo("magChangeKindLegalName");
    }
}
