package io.mag.keycloak.common.outbox;

import java.util.List;
import java.util.Map;

import org.keycloak.email.EmailException;
import org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Renders an email exactly as Keycloak's default EmailTemplateProvider would send it (the realm's
 * email theme, the recipient's locale, FreeMarker escaping) without sending it: the outbox stores
 * the result. Keycloak's provider renders and sends in one call; its rendering step is only
 * reachable from a subclass.
 */
final class EmailRenderer extends FreeMarkerEmailTemplateProvider {

    EmailRenderer(KeycloakSession session, RealmModel realm, UserModel recipient) {
        super(session);
        setRealm(realm);
        setUser(recipient);
    }

    /**
     * Renders in the recipient's language. Keycloak's locale selection puts the language the acting
     * user picked on the current page (a note of the authentication session) before the recipient's
     * {@code locale} attribute; rendered inside that request, an invitation the inviter wrote in
     * German to a French contact would be German. So the authentication session is set aside while
     * rendering, as it was when emails were rendered after the commit in a session of their own.
     */
    RenderedEmail render(String subjectKey, List<Object> subjectAttributes, String template, Map<String, Object> attributes)
            throws EmailException {
        AuthenticationSessionModel actorsSession = session.getContext().getAuthenticationSession();
        session.getContext().setAuthenticationSession(null);
        try {
            EmailTemplate email = processTemplate(subjectKey, subjectAttributes, template, attributes);
            return new RenderedEmail(user.getEmail(), email.getSubject(), email.getTextBody(), email.getHtmlBody());
        } catch (EmailException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EmailException("Failed to template email", e);
        } finally {
            session.getContext().setAuthenticationSession(actorsSession);
        }
    }
}
