package io.mag.keycloak.onboarding.wizard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class FormSizeTest {

    @Test
    void countsTheEncodedFormExactly() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("a", "1");
        form.add("name", "J\u00fcrgen M");
        // a=1&name=J%C3%BCrgen+M is 22 bytes
        assertFalse(FormSize.exceeds(form, 22));
        assertTrue(FormSize.exceeds(form, 21));
    }

    @Test
    void manySmallFieldsAddUp() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < 60; i++) {
            form.add("f" + i, "a".repeat(900));
        }
        assertTrue(FormSize.exceeds(form, 32 * 1024));
        assertFalse(FormSize.exceeds(form, 64 * 1024));
    }

    @Test
    void repeatedValuesCount() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < 100; i++) {
            form.add("x", "b".repeat(10));
        }
        assertTrue(FormSize.exceeds(form, 1000));
    }
}
