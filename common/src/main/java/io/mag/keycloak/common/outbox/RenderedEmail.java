package io.mag.keycloak.common.outbox;

/** One email as the realm's email theme rendered it, ready for the realm's SMTP server. */
public record RenderedEmail(String recipient, String subject, String textBody, String htmlBody) {
}
