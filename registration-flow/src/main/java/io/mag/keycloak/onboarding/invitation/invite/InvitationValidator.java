package io.mag.keycloak.onboarding.invitation.invite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.keycloak.services.validation.Validation;

/**
 * Checks an invitation request field by field (pure logic, unit-tested): required fields, length
 * limits (oversized input is refused, not cut), email syntax, at least one application, and only
 * applications of the inviter's own partner, and a language that the realm supports (exactly as
 * the realm lists it). Duplicates need the database: {@link Invitations}.
 */
final class InvitationValidator {

    static final int COMPANY_NAME_MAX = 255;
    /** RFC 5321's limit of a forward path, and our column's. */
    static final int EMAIL_MAX = 254;
    static final int APPLICATIONS_MAX = 20;

    private InvitationValidator() {
    }

    /**
     * @param request a {@link InvitationRequest#normalized() normalized} request
     * @param supportedLocales the realm's supported locales (language tags)
     */
    static List<FieldError> validate(InvitationRequest request, Collection<String> shareableClientIds,
                                     Collection<String> supportedLocales) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.companyName();
        if (name.isEmpty()) {
            errors.add(FieldError.of(InvitationRequest.COMPANY_NAME, "magInviteCompanyNameRequired"));
        } else if (name.length() > COMPANY_NAME_MAX) {
            errors.add(FieldError.of(InvitationRequest.COMPANY_NAME, "magInviteCompanyNameTooLong", String.valueOf(COMPANY_NAME_MAX)));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(InvitationRequest.COMPANY_NAME, "magInviteCompanyNameInvalid"));
        }
        String email = request.contactEmail();
        if (email.isEmpty()) {
            errors.add(FieldError.of(InvitationRequest.CONTACT_EMAIL, "magInviteEmailRequired"));
        } else if (email.length() > EMAIL_MAX) {
            errors.add(FieldError.of(InvitationRequest.CONTACT_EMAIL, "magInviteEmailTooLong", String.valueOf(EMAIL_MAX)));
        } else if (!Validation.isEmailValid(email)) {
            errors.add(FieldError.of(InvitationRequest.CONTACT_EMAIL, "magInviteEmailInvalid"));
        }
        List<String> clientIds = request.clientIds();
        if (clientIds.isEmpty()) {
            errors.add(FieldError.of(InvitationRequest.CLIENT_IDS, "magInviteApplicationsRequired"));
        } else if (clientIds.size() > APPLICATIONS_MAX) {
            errors.add(FieldError.of(InvitationRequest.CLIENT_IDS, "magInviteApplicationsTooMany", String.valueOf(APPLICATIONS_MAX)));
        } else if (!shareableClientIds.containsAll(clientIds)) {
            errors.add(FieldError.of(InvitationRequest.CLIENT_IDS, "magInviteApplicationNotShareable"));
        }
        if (request.locale() != null && !supportedLocales.contains(request.locale())) {
            errors.add(FieldError.of(InvitationRequest.LOCALE, "magInviteLocaleInvalid"));
        }
        return errors;
    }
}
