package io.mag.keycloak.onboarding.wizard;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Posted values cut to the wizard's cap for any value, so that one pasted novel neither gets
 * stored in full nor wipes the rest of the page: the step's own checks then refuse the field with
 * its limit ("at most N characters"), and the other values are kept as typed.
 */
final class OversizedValues {

    private OversizedValues() {
    }

    /** A copy of {@code form} with every value longer than {@code cap} cut to it. */
    static MultivaluedMap<String, String> capped(MultivaluedMap<String, String> form, int cap) {
        MultivaluedMap<String, String> copy = new MultivaluedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            for (String value : field.getValue()) {
                copy.add(field.getKey(), value != null && value.length() > cap ? value.substring(0, cap) : value);
            }
        }
        return copy;
    }

    static boolean any(MultivaluedMap<String, String> form, int cap) {
        return form.values().stream().flatMap(List::stream).anyMatch(v -> v != null && v.length() > cap);
    }
}
