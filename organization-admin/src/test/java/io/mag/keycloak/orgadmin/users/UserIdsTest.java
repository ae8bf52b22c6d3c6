package io.mag.keycloak.orgadmin.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserIdsTest {

    @Test
    void stemIsInitialAndLastNameInPlainLowercaseLetters() {
        assertThat(UserIds.stem("Kim", "Lund")).isEqualTo("klund");
        assertThat(UserIds.stem("Élodie", "Müller-Østergård")).isEqualTo("emullerstergard");
        assertThat(UserIds.stem("", "O'Neil")).isEqualTo("oneil");
        assertThat(UserIds.stem("李", "王")).as("nothing usable").isEqualTo("user");
        assertThat(UserIds.stem("A", "Abcdefghijklmnopqrstuvwxyz")).hasSize(20);
    }

    @Test
    void generatedIdIsTheStemAndFourDigitsAndFree() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String id = UserIds.generate("Kim", "Lund", taken::contains);
            assertThat(id).matches("klund\\d{4}").isNotIn(taken);
            taken.add(id);
        }
    }

    @Test
    void noneWhenEveryCandidateIsTaken() {
        assertThat(UserIds.generate("Kim", "Lund", candidate -> true)).isNull();
    }
}
