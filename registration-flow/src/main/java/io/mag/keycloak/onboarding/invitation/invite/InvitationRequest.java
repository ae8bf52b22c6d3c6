package io.mag.keycloak.onboarding.invitation.invite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What an inviter asks for: company name, contact email, the client ids of the applications to
 * share, and optionally the language of the invitation email (a BCP 47 tag such as "de"; none:
 * the realm's default). Field names are those of the page's form and of the REST body.
 */
record InvitationRequest(String companyName, String contactEmail, List<String> clientIds, String locale) {

    static final String COMPANY_NAME = "companyName";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CLIENT_IDS = "clientIds";
    static final String LOCALE = "locale";

    InvitationRequest {
        clientIds = clientIds == null ? List.of() : new ArrayList<>(clientIds).stream()
                .filter(id -> id != null && !id.isBlank()).toList();
    }

    /**
     * Trimmed name (inner whitespace collapsed), lower-case trimmed email, distinct client ids in
     * order, trimmed locale (null when blank).
     */
    InvitationRequest normalized() {
        return new InvitationRequest(
                companyName == null ? "" : companyName.strip().replaceAll("\\s+", " "),
                contactEmail == null ? "" : contactEmail.strip().toLowerCase(Locale.ROOT),
                List.copyOf(new LinkedHashSet<>(clientIds)),
                locale == null || locale.isBlank() ? null : locale.strip());
    }
}
