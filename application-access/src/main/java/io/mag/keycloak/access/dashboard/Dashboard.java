package io.mag.keycloak.access.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.urls.UrlType;
import org.keycloak.services.util.ResolveRelative;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.enforcement.ApplicationAccessDecision;
import io.mag.keycloak.access.request.AccessRequestStatus;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.access.subscription.SubscriptionStatus;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.common.OtpLevel;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * What the MAG dashboard shows a user, computed once for both the REST API
 * ({@code GET /realms/{realm}/mag-applications/dashboard}) and the dashboard page: the partner
 * applications of their organizations' active subscriptions, split into those they have access
 * to (with Launch: the client's base URL, resolved as Keycloak's account console resolves it)
 * and those they may request, whether each requires OTP (the client's Minimum ACR value, read
 * as the step-up code reads it), and their pending requests.
 *
 * <p>Only the caller's own organizations' subscriptions are read, so another organization's
 * applications never appear. Access is decided by {@link ApplicationAccessDecision}, the same
 * decision sign-in enforces, so Launch is shown exactly where sign-in would let the user in.
 * Getters rather than records: Keycloak's FreeMarker object wrapper does not expose record
 * accessors, and Jackson writes the same getters as JSON.
 */
public final class Dashboard {

    private final List<Application> applications;
    private final List<Application> requestable;
    private final List<PendingRequest> pending;

    private Dashboard(List<Application> applications, List<Application> requestable, List<PendingRequest> pending) {
        this.applications = applications;
        this.requestable = requestable;
        this.pending = pending;
    }

    public static Dashboard of(KeycloakSession session, RealmModel realm, UserModel user) {
        ApplicationAccessDecision decision = new ApplicationAccessDecision(session, realm);
        Subscriptions subscriptions = new Subscriptions(session);
        List<AccessRequestEntity> pendingRows = new AccessRequests(session).ofUser(realm, user.getId()).stream()
                .filter(r -> AccessRequestStatus.PENDING.name().equals(r.getStatus()))
                .toList();
        Set<String> pendingClients = new HashSet<>();
        pendingRows.forEach(r -> pendingClients.add(r.getClientId()));

        List<Application> applications = new ArrayList<>();
        List<Application> requestable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OrganizationModel organization : new OrganizationRoles(session, realm).organizationsOf(user)) {
            if (!organization.isEnabled()) {
                continue;
            }
            for (var subscription : subscriptions.ofOrganization(realm, organization.getId())) {
                ClientModel client = SubscriptionStatus.ACTIVE.name().equals(subscription.getStatus())
                        ? realm.getClientById(subscription.getClientId()) : null;
                if (client == null || !client.isEnabled() || !PartnerApplications.isPartnerApplication(client) || !seen.add(client.getId())) {
                    continue;
                }
                boolean access = decision.decide(user, client).allowed();
                Application application = new Application(client.getClientId(), PartnerApplications.displayName(client),
                        organization.getName(), access ? launchUrl(session, client) : null, requiresOtp(client),
                        !access && pendingClients.contains(client.getId()));
                (access ? applications : requestable).add(application);
            }
        }
        applications.sort(Comparator.comparing(Application::getName, String.CASE_INSENSITIVE_ORDER));
        requestable.sort(Comparator.comparing(Application::getName, String.CASE_INSENSITIVE_ORDER));
        List<PendingRequest> pending = pendingRows.stream()
                .map(r -> {
                    ClientModel client = realm.getClientById(r.getClientId());
                    return client == null ? null
                            : new PendingRequest(r.getId(), client.getClientId(), PartnerApplications.displayName(client), r.getCreatedAt());
                })
                .filter(p -> p != null)
                .toList();
        return new Dashboard(applications, requestable, pending);
    }

    /** The client's Launch address, as {@link #launchUrl(String, String, String, String)} resolves it for this request. */
    static String launchUrl(KeycloakSession session, ClientModel client) {
        return launchUrl(session.getContext().getUri(UrlType.FRONTEND).getBaseUri().toString(),
                session.getContext().getUri(UrlType.ADMIN).getBaseUri().toString(), client.getRootUrl(), client.getBaseUrl());
    }

    /**
     * The client's base URL, a relative one resolved against its root URL (else the server's
     * front-end URL), as Keycloak's account console resolves its applications' links; null when
     * it has none or the result is not an http(s) address (no Launch then: a link never runs a
     * script URL).
     */
    static String launchUrl(String frontendUrl, String adminUrl, String rootUrl, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String url = ResolveRelative.resolveRelativeUri(frontendUrl, adminUrl, rootUrl, baseUrl.strip());
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    /** Whether signing in to the client asks for OTP: its Minimum ACR value through its acr-to-LoA map. */
    static boolean requiresOtp(ClientModel client) {
        return OtpLevel.required(AcrUtils.getMinimumAcrValue(client), AcrUtils.getAcrLoaMap(client));
    }

    /** The applications the user has access to, by name. */
    public List<Application> getApplications() {
        return applications;
    }

    /** The applications of their organizations' subscriptions they have no access to yet, by name. */
    public List<Application> getRequestable() {
        return requestable;
    }

    /** Their pending access requests, newest first. */
    public List<PendingRequest> getPending() {
        return pending;
    }

    /** One subscribed application; {@code launchUrl} only where the user has access. */
    public static final class Application {
        private final String clientId;
        private final String name;
        private final String organization;
        private final String launchUrl;
        private final boolean otpRequired;
        private final boolean requested;

        Application(String clientId, String name, String organization, String launchUrl, boolean otpRequired, boolean requested) {
            this.clientId = clientId;
            this.name = name;
            this.organization = organization;
            this.launchUrl = launchUrl;
            this.otpRequired = otpRequired;
            this.requested = requested;
        }

        public String getClientId() {
            return clientId;
        }

        public String getName() {
            return name;
        }

        public String getOrganization() {
            return organization;
        }

        public String getLaunchUrl() {
            return launchUrl;
        }

        public boolean isOtpRequired() {
            return otpRequired;
        }

        /** True when the user has a pending request for it (no second Request then). */
        public boolean isRequested() {
            return requested;
        }
    }

    /** One pending request (created in epoch milliseconds). */
    public static final class PendingRequest {
        private final String id;
        private final String clientId;
        private final String application;
        private final long createdAt;

        PendingRequest(String id, String clientId, String application, long createdAt) {
            this.id = id;
            this.clientId = clientId;
            this.application = application;
            this.createdAt = createdAt;
        }

        public String getId() {
            return id;
        }

        public String getClientId() {
            return clientId;
        }

        public String getApplication() {
            return application;
        }

        public long getCreatedAt() {
            return createdAt;
        }
    }
}
