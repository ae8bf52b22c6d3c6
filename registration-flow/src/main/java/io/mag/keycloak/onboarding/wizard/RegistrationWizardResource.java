package io.mag.keycloak.onboarding.wizard;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.onboarding.RegistrationLinks;
import io.mag.keycloak.onboarding.invitation.InvitationLinkException;
import io.mag.keycloak.onboarding.invitation.InvitationProvider;
import io.mag.keycloak.onboarding.invitation.RedeemableInvitation;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Step;

/**
 * The organization registration wizard, {@code /realms/{realm}/mag-registration}: {@code GET start}
 * (from a Register Now link or the login page's "Register your organization"), then
 * {@code GET/POST wizard/{tab_id}}, one step per page, rendered by Keycloak's LoginFormsProvider
 * in the login theme. The tab id is a path segment, not a query parameter, because Keycloak's
 * language selector links to the page's action path with the query replaced by {@code kc_locale}
 * (and Keycloak's own parameters): a tab id in the query would be lost on a change of language.
 *
 * <p><b>State.</b> Everything entered is kept server-side in a tab of Keycloak's authentication
 * session: the browser's AUTH_SESSION_ID cookie (signed, HttpOnly) finds the root session, the
 * tab id in the URL the wizard's tab, as for Keycloak's own login pages. Nothing is
 * trusted from the browser but the fields of the current step. The tab expires with the realm's
 * login timeout and is shared across a cluster like any login.
 *
 * <p><b>Forms.</b> Every form carries a single-use nonce (FormNonce): a re-posted or outdated page
 * changes nothing. Submitting is claimed once per draft in SingleUseObjectProvider, and the
 * draft's id is the request's primary key, so a double submit stores one request.
 */
public final class RegistrationWizardResource {

    private static final Logger LOG = Logger.getLogger(RegistrationWizardResource.class);

    static final FormNonce NONCE = new FormNonce("registration-wizard");
    static final String ACTION = "action";
    static final String TAB_ID = Constants.TAB_ID;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final WizardEvents events;

    RegistrationWizardResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.events = new WizardEvents(session, realm);
    }

    @GET
    @Path("start")
    @Produces(MediaType.TEXT_HTML)
    public Response start(@QueryParam(RegistrationLinks.INVITATION) String invitationToken,
                          @QueryParam(RegistrationLinks.APPLICATION) String clientId) {
        if (!rateLimitPasses()) {
            events.error(null, WizardEvents.RATE_LIMITED, null);
            return message("magRegRateLimited", Response.Status.TOO_MANY_REQUESTS);
        }
        if (invitationToken != null && !invitationToken.isBlank()) {
            return startInvited(invitationToken);
        }
        if (clientId != null && !clientId.isBlank() && clientId.length() <= 255) {
            return startForApplication(clientId);
        }
        events.error(null, WizardEvents.INVALID_LINK, "missing");
        return message("magRegLinkINVALID", Response.Status.BAD_REQUEST);
    }

    /** From a Register Now link: the invitation fixes the company name, contact email and shared applications. */
    private Response startInvited(String invitationToken) {
        InvitationProvider invitations = session.getProvider(InvitationProvider.class);
        if (invitations == null || invitationToken.length() > 4096) {
            events.error(null, WizardEvents.INVALID_LINK, InvitationLinkException.Reason.INVALID.name());
            return message("magRegLinkINVALID", Response.Status.BAD_REQUEST);
        }
        RedeemableInvitation invitation;
        try {
            invitation = invitations.redeemable(realm, invitationToken);
        } catch (InvitationLinkException e) {
            events.error(null, WizardEvents.INVALID_LINK, e.reason().name());
            return message("magRegLink" + e.reason().name(), Response.Status.BAD_REQUEST);
        }
        WizardDraft draft = newDraft();
        draft.invited = true;
        draft.invitationId = invitation.id();
        draft.partnerOrganizationId = invitation.partnerOrganizationId();
        draft.inviterUserId = invitation.inviterUserId();
        draft.sharedClientIds = new ArrayList<>(invitation.sharedClientIds());
        draft.contactEmail = invitation.contactEmail();
        draft.profile.put(Fields.LEGAL_NAME, Fields.clean(invitation.companyName()));
        draft.invitationLocale = invitation.locale();
        return begin(draft, realm.getClientByClientId(Constants.ACCOUNT_CONSOLE_CLIENT_ID));
    }

    /** Public registration for an application that allows it (client attribute {@value OrganizationAttributes#CLIENT_PUBLIC_REGISTRATION}). */
    private Response startForApplication(String clientId) {
        ClientModel client = realm.getClientByClientId(clientId);
        if (client == null || !client.isEnabled()
                || !Boolean.parseBoolean(client.getAttribute(OrganizationAttributes.CLIENT_PUBLIC_REGISTRATION))) {
            events.error(null, WizardEvents.NOT_PUBLIC, null);
            return message("magRegNotPublic", Response.Status.BAD_REQUEST);
        }
        WizardDraft draft = newDraft();
        draft.clientId = client.getClientId();
        draft.sharedClientIds = List.of(client.getClientId());
        String partnerAlias = client.getAttribute(OrganizationAttributes.CLIENT_OWNING_PARTNER);
        OrganizationModel partner = partnerAlias == null ? null : session.getProvider(OrganizationProvider.class).getByAlias(partnerAlias);
        if (partner != null) {
            draft.partnerOrganizationId = partner.getId();
        }
        return begin(draft, client);
    }

    private static WizardDraft newDraft() {
        WizardDraft draft = new WizardDraft();
        draft.id = KeycloakModelUtils.generateId();
        return draft;
    }

    /** Keeps the draft in a new tab of this browser's authentication session and sends the browser to its first page. */
    private Response begin(WizardDraft draft, ClientModel tabClient) {
        if (tabClient == null) {
            return message("magRegLinkINVALID", Response.Status.BAD_REQUEST);
        }
        AuthenticationSessionManager manager = new AuthenticationSessionManager(session);
        RootAuthenticationSessionModel root = manager.getCurrentRootAuthenticationSession(realm);
        if (root == null) {
            root = manager.createAuthenticationSession(realm, true);
        }
        AuthenticationSessionModel tab = root.createAuthenticationSession(tabClient);
        WizardLanguage.start(session, realm, tab, draft.invitationLocale);
        draft.save(tab);
        LOG.debugf("Registration wizard %s started in realm %s", draft.id, realm.getName());
        return Response.seeOther(wizardUri(tab.getTabId())).build();
    }

    @GET
    @Path("wizard/{" + TAB_ID + "}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam(TAB_ID) String tabId) {
        AuthenticationSessionModel tab = tab(tabId);
        WizardDraft draft = WizardDraft.of(tab);
        if (draft == null) {
            events.error(null, WizardEvents.SESSION_EXPIRED, null);
            return message("magRegSessionExpired", Response.Status.BAD_REQUEST);
        }
        WizardLanguage.follow(session, realm, tab);
        return new WizardPages(session, realm, tab, draft, wizardUri(tabId)).render(List.of());
    }

    @POST
    @Path("wizard/{" + TAB_ID + "}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@PathParam(TAB_ID) String tabId) {
        // Measured on what was received, whatever Content-Length said (or whether it was sent at all).
        MultivaluedMap<String, String> form = session.getContext().getHttpRequest().getDecodedFormParameters();
        boolean bodyTooLarge = FormSize.exceeds(form, Fields.BODY_MAX);
        if (bodyTooLarge && tab(tabId) == null) {
            events.error(null, WizardEvents.OVERSIZED, null);
            return message("magRegTooLarge", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (!rateLimitPasses()) {
            events.error(null, WizardEvents.RATE_LIMITED, null);
            return message("magRegRateLimited", Response.Status.TOO_MANY_REQUESTS);
        }
        AuthenticationSessionModel tab = tab(tabId);
        WizardDraft draft = WizardDraft.of(tab);
        if (draft == null) {
            events.error(null, WizardEvents.SESSION_EXPIRED, null);
            return message("magRegSessionExpired", Response.Status.BAD_REQUEST);
        }
        WizardLanguage.follow(session, realm, tab);
        draft.locale = WizardLanguage.current(session);
        WizardPages pages = new WizardPages(session, realm, tab, draft, wizardUri(tabId));
        if (bodyTooLarge) {
            // Nothing of so large a post is read; the page comes back with the values saved before.
            events.error(draft, WizardEvents.OVERSIZED, null);
            return pages.render(List.of(new FormMessage(null, "magRegTooLarge")), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (OversizedValues.any(form, Fields.ANY_VALUE_MAX)) {
            // Kept, cut to the cap, so that the step's own checks mark the field ("at most N
            // characters") and every other typed value stays on the page.
            events.error(draft, WizardEvents.OVERSIZED, null);
            form = OversizedValues.capped(form, Fields.ANY_VALUE_MAX);
        }
        if (!NONCE.consume(tab, form.getFirst(FormNonce.FIELD))) {
            if (draft.step == Step.DONE) {
                // A second click on Submit: the request was stored once; show its confirmation again.
                return pages.render(List.of());
            }
            events.error(draft, WizardEvents.STALE_FORM, null);
            return pages.render(List.of(new FormMessage(null, "magRegFormExpired")));
        }
        WizardSteps steps = new WizardSteps(session, realm, draft, events);
        List<FormMessage> errors = steps.handle(form, remoteAddress());
        draft.save(tab);
        return pages.render(errors);
    }

    private boolean rateLimitPasses() {
        RegistrationConfig config = new RegistrationConfig(realm);
        return new RateLimiter(session.getProvider(SingleUseObjectProvider.class))
                .tryAcquire(realm.getId(), remoteAddress(), config.rateLimit(), config.rateLimitWindowSeconds());
    }

    private String remoteAddress() {
        ClientConnection connection = session.getContext().getConnection();
        return connection == null || connection.getRemoteAddr() == null ? "unknown" : connection.getRemoteAddr();
    }

    private AuthenticationSessionModel tab(String tabId) {
        if (tabId == null || tabId.isBlank() || tabId.length() > 64) {
            return null;
        }
        RootAuthenticationSessionModel root = new AuthenticationSessionManager(session).getCurrentRootAuthenticationSession(realm);
        if (root == null) {
            return null;
        }
        Map<String, AuthenticationSessionModel> tabs = root.getAuthenticationSessions();
        return tabs == null ? null : tabs.get(tabId);
    }

    private URI wizardUri(String tabId) {
        return RealmsResource.realmBaseUrl(session.getContext().getUri()).path(RegistrationLinks.RESOURCE).path("wizard")
                .path("{tab}").build(realm.getName(), tabId);
    }

    private Response message(String key, Response.Status status) {
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("magRegMessage", key)
                .setStatus(status)
                .createForm("mag-registration-message.ftl");
    }
}
