package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.SignInPage;

/** The registration endpoint's limit per client address, and the login page's public-registration link. */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class RegistrationRateLimitIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @Test
    void theEndpointAnswers429OnceTheAddressUsedItsWindow() throws Exception {
        RealmRepresentation rep = realm.admin().toRepresentation();
        Map<String, String> attributes = new HashMap<>(rep.getAttributes());
        attributes.put("magRegistrationRateLimit", "3");
        // A window length of its own: counters of other classes (same address) do not count here.
        attributes.put("magRegistrationRateLimitWindowSeconds", "3599");
        rep.setAttributes(attributes);
        realm.admin().update(rep);

        String start = RegistrationWizardScreen.publicStartUrl(realm, RegistrationWizardScreen.PUBLIC_CLIENT);
        for (int i = 0; i < 3; i++) {
            assertThat(get(start).statusCode()).as("request " + (i + 1)).isEqualTo(303);
        }
        HttpResponse<String> limited = get(start);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Too many registration requests from your network.");
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, null, null, null, null, 0, 50))
                .anyMatch(e -> "mag_rate_limited".equals(e.getError()));

        HttpResponse<String> notPublic = get(RegistrationWizardScreen.publicStartUrl(realm, "northwind-supplier-portal"));
        assertThat(notPublic.statusCode()).as("still limited, whatever the client").isEqualTo(429);
    }

    @Test
    void theLoginPageLinksToPublicRegistrationOnlyForOpenApplications() {
        SignInPage.signOut(browser, realm);
        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=northwind-sourcing&response_type=code"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8082%2Fcallback&scope=openid"
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        var link = browser.driver().findElement(By.id("mag-register-organization-link"));
        assertThat(link.getText()).isEqualTo("Register your organization");
        assertThat(link.getDomAttribute("href")).endsWith("/realms/mag/mag-registration/start?client_id=northwind-sourcing");

        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        assertThat(browser.driver().findElements(By.id("mag-register-organization-link"))).isEmpty();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
