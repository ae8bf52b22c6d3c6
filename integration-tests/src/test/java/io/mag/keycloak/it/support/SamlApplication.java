package io.mag.keycloak.it.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * A SAML 2.0 service provider of the mag realm, registered as an operator registers one (a client
 * of protocol saml that does not sign its requests) and driven as a browser meets it: an
 * AuthnRequest in the HTTP-Redirect binding (deflated, base64, in the query), and the response
 * back to its assertion consumer URL in the same binding, where the test reads it from the URL.
 */
public final class SamlApplication {

    public static final String ENTITY_ID = "urn:mag:test:saml-application";
    private static final String REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

    private final ManagedRealm realm;
    /** Where the response goes: a page of the test server that answers any GET. */
    private final String assertionConsumer;
    private String id;

    /** The internal id of the registered client. */
    public String id() {
        return id;
    }

    public SamlApplication(ManagedRealm realm, String assertionConsumer) {
        this.realm = realm;
        this.assertionConsumer = assertionConsumer;
    }

    /**
     * Registers the application in the realm (removed again after the test).
     *
     * @param browserFlowId the browser flow bound to the application, or null for the realm's own
     */
    public void register(String browserFlowId) {
        register(browserFlowId, Map.of());
    }

    /**
     * Registers the application with additional client attributes (e.g. those of a partner
     * application: {@code mag.owning-partner}, {@code mag.access-role}).
     */
    public void register(String browserFlowId, Map<String, String> extraAttributes) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(ENTITY_ID);
        client.setProtocol("saml");
        client.setEnabled(true);
        client.setRedirectUris(List.of(assertionConsumer));
        Map<String, String> attributes = new HashMap<>();
        attributes.put("saml.client.signature", "false");
        attributes.put("saml.force.post.binding", "false");
        attributes.put("saml.authnstatement", "true");
        attributes.put("saml_name_id_format", "username");
        attributes.put("saml_assertion_consumer_url_redirect", assertionConsumer);
        attributes.putAll(extraAttributes);
        client.setAttributes(attributes);
        if (browserFlowId != null) {
            client.setAuthenticationFlowBindingOverrides(Map.of("browser", browserFlowId));
        }
        try (Response created = realm.admin().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        String created = id;
        realm.cleanup().add(r -> r.clients().get(created).remove());
    }

    /** The sign-in URL: the realm's SAML endpoint with an unsigned AuthnRequest in the query. */
    public String signInUrl() {
        String endpoint = realm.getBaseUrl() + "/protocol/saml";
        String request = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\""
                + " ID=\"_" + UUID.randomUUID() + "\" Version=\"2.0\" IssueInstant=\"" + Instant.now() + "\""
                + " Destination=\"" + endpoint + "\" AssertionConsumerServiceURL=\"" + assertionConsumer + "\""
                + " ProtocolBinding=\"" + REDIRECT_BINDING + "\">"
                + "<saml:Issuer>" + ENTITY_ID + "</saml:Issuer>"
                + "</samlp:AuthnRequest>";
        return endpoint + "?SAMLRequest=" + URLEncoder.encode(deflate(request), StandardCharsets.UTF_8)
                + "&RelayState=mag-test";
    }

    /** The SAML response in {@code url} (the assertion consumer URL the browser was sent to), or null. */
    public String responseIn(String url) {
        if (!url.startsWith(assertionConsumer)) {
            return null;
        }
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith("SAMLResponse="))
                .map(pair -> inflate(URLDecoder.decode(pair.substring("SAMLResponse=".length()), StandardCharsets.UTF_8)))
                .findFirst()
                .orElse(null);
    }

    private static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFLATED, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String inflate(String base64) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(base64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("SAML response not deflated", e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
