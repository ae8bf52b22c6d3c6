package io.mag.keycloak.onboarding.captcha;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.jboss.logging.Logger;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.util.JsonSerialization;

/**
 * Google reCAPTCHA (v2 checkbox), verified server-side exactly as Keycloak's
 * RegistrationRecaptcha does: POST secret + response (+ remoteip) to siteverify, accept only
 * {@code "success": true}. Needs internet access, so it is opt-in.
 */
final class RecaptchaVerifier {

    private static final Logger LOG = Logger.getLogger(RecaptchaVerifier.class);

    private RecaptchaVerifier() {
    }

    static boolean verify(KeycloakSession session, String domain, String secret, String response, String remoteAddr) {
        if (response == null || response.isBlank() || response.length() > 4096 || secret == null || secret.isBlank()) {
            return false;
        }
        HttpPost post = new HttpPost("https://www." + domain + "/recaptcha/api/siteverify");
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("secret", secret));
        form.add(new BasicNameValuePair("response", response));
        if (remoteAddr != null) {
            form.add(new BasicNameValuePair("remoteip", remoteAddr));
        }
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpResponse answer = session.getProvider(HttpClientProvider.class).getHttpClient().execute(post)) {
            try (InputStream content = answer.getEntity().getContent()) {
                return success(JsonSerialization.readValue(content, Map.class));
            } finally {
                EntityUtils.consumeQuietly(answer.getEntity());
            }
        } catch (Exception e) {
            LOG.warnf("reCAPTCHA verification failed: %s", e.getMessage());
            return false;
        }
    }

    static boolean success(Map<?, ?> siteverifyAnswer) {
        return siteverifyAnswer != null && Boolean.TRUE.equals(siteverifyAnswer.get("success"));
    }
}
