package io.mag.keycloak.onboarding.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class FieldsTest {

    private static Fields.Spec spec(String name) {
        return Fields.PROFILE.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static String key(Optional<FormMessage> error) {
        return error.map(FormMessage::getMessage).orElse(null);
    }

    @Test
    void aRequiredProfileFieldMustBeFilledAnOptionalOneMayStayEmpty() {
        assertThat(key(Fields.profileError(spec(Fields.CITY), ""))).isEqualTo("magRegRequired");
        assertThat(Fields.profileError(spec(Fields.WEBSITE), "")).isEmpty();
    }

    @Test
    void aProfileValueLongerThanItsLimitIsRefusedWithTheLimit() {
        Optional<FormMessage> error = Fields.profileError(spec(Fields.POSTAL_CODE), "1".repeat(21));
        assertThat(key(error)).isEqualTo("magRegTooLong");
        assertThat(error.get().getParameters()).containsExactly(20);
        assertThat(error.get().getField()).isEqualTo(Fields.POSTAL_CODE);
    }

    @Test
    void formattedFieldsAreCheckedAgainstTheirFormat() {
        assertThat(key(Fields.profileError(spec(Fields.DUNS), "12345678"))).isEqualTo("magRegInvalidDuns");
        assertThat(Fields.profileError(spec(Fields.DUNS), "123456789")).isEmpty();
        assertThat(key(Fields.profileError(spec(Fields.CAGE), "1A-2B"))).isEqualTo("magRegInvalidCage");
        assertThat(key(Fields.profileError(spec(Fields.WEBSITE), "javascript:alert(1)"))).isEqualTo("magRegInvalidWebsite");
        assertThat(Fields.profileError(spec(Fields.WEBSITE), "https://acme.example")).isEmpty();
        assertThat(key(Fields.profileError(spec(Fields.PHONE), "call me"))).isEqualTo("magRegInvalidPhone");
        assertThat(Fields.profileError(spec(Fields.PHONE), "+49 (30) 1234-567")).isEmpty();
    }

    @Test
    void aFixedLengthNumberTooLongIsToldItsFormatNotALength() {
        assertThat(key(Fields.profileError(spec(Fields.DUNS), "1234567890"))).isEqualTo("magRegInvalidDuns");
        assertThat(key(Fields.profileError(spec(Fields.CAGE), "1A2B3C"))).isEqualTo("magRegInvalidCage");
    }

    @Test
    void namesRefuseBidirectionalAndOtherControlCharactersButKeepEmojiAndRightToLeftScripts() {
        assertThat(key(Fields.nameError(Fields.LAST_NAME, "\u202Elive"))).isEqualTo("magRegControlCharacters");
        assertThat(key(Fields.nameError(Fields.FIRST_NAME, "Ada\u2066x\u2069"))).isEqualTo("magRegControlCharacters");
        assertThat(key(Fields.nameError(Fields.FIRST_NAME, "Ada\u0007"))).isEqualTo("magRegControlCharacters");
        assertThat(key(Fields.profileError(spec(Fields.LEGAL_NAME), "Acme \u202EGmbH"))).isEqualTo("magRegControlCharacters");
        assertThat(key(Fields.profileError(spec(Fields.STREET), "Main St\u200F 1"))).isEqualTo("magRegControlCharacters");
        assertThat(Fields.nameError(Fields.FIRST_NAME, "\u05D3\u05D5\u05D3")).as("Hebrew").isEmpty();
        assertThat(Fields.nameError(Fields.FIRST_NAME, "\u0645\u062D\u0645\u062F")).as("Arabic").isEmpty();
        assertThat(Fields.profileError(spec(Fields.LEGAL_NAME), "Rocket \uD83D\uDE80 Works \uD83D\uDC68\u200D\uD83D\uDD27")).as("emoji with a joiner").isEmpty();
    }

    @Test
    void namesAreRequiredAndLimited() {
        assertThat(key(Fields.nameError(Fields.FIRST_NAME, ""))).isEqualTo("magRegRequired");
        assertThat(key(Fields.nameError(Fields.FIRST_NAME, "a".repeat(Fields.NAME_MAX + 1)))).isEqualTo("magRegTooLong");
        assertThat(Fields.nameError(Fields.FIRST_NAME, "Ada")).isEmpty();
    }

    @Test
    void anEmailAddressNeedsOneAtAndADomainWithADot() {
        assertThat(key(Fields.emailError(Fields.EMAIL, null))).isEqualTo("magRegRequired");
        assertThat(key(Fields.emailError(Fields.EMAIL, "ada@localhost"))).isEqualTo("magRegInvalidEmail");
        assertThat(key(Fields.emailError(Fields.EMAIL, "ada lovelace@acme.example"))).isEqualTo("magRegInvalidEmail");
        assertThat(key(Fields.emailError(Fields.EMAIL, "a@b.c".repeat(60)))).isEqualTo("magRegTooLong");
        assertThat(Fields.emailError(Fields.EMAIL, "ada@acme.example")).isEmpty();
    }

    @Test
    void usernamesStartWithALetterOrDigitAndHaveThreeToSixtyFourCharacters() {
        assertThat(Fields.USERNAME_FORMAT.matcher("ada.lovelace@acme").matches()).isTrue();
        assertThat(Fields.USERNAME_FORMAT.matcher("ab").matches()).isFalse();
        assertThat(Fields.USERNAME_FORMAT.matcher(".ada").matches()).isFalse();
        assertThat(Fields.USERNAME_FORMAT.matcher("ada lovelace").matches()).isFalse();
    }

    @Test
    void cleaningTrimsAndCollapsesWhitespaceAndNeverReturnsNull() {
        assertThat(Fields.clean("  Acme \t Parts\n Ltd ")).isEqualTo("Acme Parts Ltd");
        assertThat(Fields.clean(null)).isEmpty();
    }
}
