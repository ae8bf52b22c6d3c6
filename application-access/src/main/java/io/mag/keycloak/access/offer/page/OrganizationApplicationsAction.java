package io.mag.keycloak.access.offer.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authorization.fgap.AdminPermissionsSchema;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.offer.PublicRegistrations;
import io.mag.keycloak.access.offer.SubscriptionAdminEvents;
import io.mag.keycloak.access.offer.SubscriptionOffers;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * The Partner Applications page in the login theme. Every answer goes through
 * {@link SubscriptionOffers} or {@link PublicRegistrations}, the same checks as the REST API
 * (the Organization Administrator role of the organization concerned); a posted page is accepted
 * once (form nonce). Done returns to the account console.
 */
final class OrganizationApplicationsAction implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("organization-applications");
    /** Most members offered as Application Administrators on the page. */
    private static final int MAX_MEMBERS = 100;

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(render(context, null, null, new Object[0]));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst("operation");
        if ("done".equals(operation)) {
            context.success();
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            AccessEvents.of(session, realm, MagEvents.OFFER_ACCEPTED, null, null).user(user).error(Errors.INVALID_FORM);
            context.challenge(error(context, "magOfferPageStale"));
            return;
        }
        List<String> chosen = form.get("administrators") == null ? List.of() : form.get("administrators");
        try {
            switch (operation == null ? "" : operation) {
                case "accept", "decline" -> answer(context, form, operation, chosen);
                case "register" -> register(context, form, chosen);
                default -> context.challenge(render(context, null, null, new Object[0]));
            }
        } catch (OrganizationForbidden e) {
            context.challenge(error(context, e.messageKey()));
        } catch (SubscriptionOffers.AlreadyAnswered e) {
            context.challenge(error(context, "magOfferAlreadyAnswered"));
        } catch (SubscriptionOffers.InvalidAdministrators e) {
            context.challenge(error(context, "magOfferAdministratorsInvalid", SubscriptionOffers.MAX_ADMINISTRATORS));
        } catch (PublicRegistrations.NotOpen e) {
            context.challenge(error(context, "magPublicRegistrationNotOpen"));
        } catch (PublicRegistrations.AlreadySubscribed e) {
            context.challenge(error(context, "magPublicRegistrationSubscribed"));
        }
    }

    private static void answer(RequiredActionContext context, MultivaluedMap<String, String> form, String operation, List<String> chosen) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        SubscriptionOffers offers = new SubscriptionOffers(session, realm);
        SubscriptionEntity offer = offers.find(form.getFirst("offerId")).orElse(null);
        if (offer == null) {
            context.challenge(error(context, "magOfferNotFound"));
            return;
        }
        ClientModel client = realm.getClientById(offer.getClientId());
        String application = client == null ? "" : PartnerApplications.displayName(client);
        if ("accept".equals(operation)) {
            offers.accept(offer, context.getUser(), chosen, event(context, MagEvents.OFFER_ACCEPTED, offer.getOrganizationId(), client));
            adminEvent(context, offer);
            context.challenge(success(context, "magOfferAccepted", application));
            return;
        }
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason").strip();
        if (reason.length() > SubscriptionOffers.REASON_MAX) {
            context.challenge(error(context, "magOfferReasonTooLong", SubscriptionOffers.REASON_MAX));
            return;
        }
        offers.decline(offer, context.getUser(), reason, event(context, MagEvents.OFFER_DECLINED, offer.getOrganizationId(), client));
        adminEvent(context, offer);
        context.challenge(success(context, "magOfferDeclined", application));
    }

    private static void register(RequiredActionContext context, MultivaluedMap<String, String> form, List<String> chosen) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        ClientModel client = form.getFirst("clientId") == null ? null : realm.getClientByClientId(form.getFirst("clientId"));
        OrganizationModel organization = new OrganizationRoles(session, realm).organization(form.getFirst("organizationId"));
        SubscriptionEntity subscription = new PublicRegistrations(session, realm).register(organization, client, context.getUser(), chosen,
                event(context, MagEvents.SUBSCRIBED, organization == null ? null : organization.getId(), client));
        adminEvent(context, subscription);
        context.challenge(success(context, "magPublicRegistrationDone", PartnerApplications.displayName(client)));
    }

    private static void adminEvent(RequiredActionContext context, SubscriptionEntity subscription) {
        SubscriptionAdminEvents.record(context.getSession(), context.getRealm(), context.getUser(),
                context.getAuthenticationSession().getClient(), OperationType.UPDATE, subscription);
    }

    private static EventBuilder event(RequiredActionContext context, String operation, String organizationId, ClientModel client) {
        return AccessEvents.of(context.getSession(), context.getRealm(), operation, organizationId, client).user(context.getUser());
    }

    private static Response error(RequiredActionContext context, String messageKey, Object... parameters) {
        return render(context, messageKey, null, parameters);
    }

    private static Response success(RequiredActionContext context, String messageKey, Object... parameters) {
        return render(context, null, messageKey, parameters);
    }

    private static Response render(RequiredActionContext context, String error, String success, Object[] parameters) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        OrganizationRoles roles = new OrganizationRoles(session, realm);
        List<OrganizationModel> administered = roles.organizationsWhere(user, MagRole.ORGANIZATION_ADMINISTRATOR);
        List<OrganizationApplicationsPage.Offer> offers = new ArrayList<>();
        for (SubscriptionEntity offer : new SubscriptionOffers(session, realm).pendingFor(user)) {
            OrganizationModel organization = roles.organization(offer.getOrganizationId());
            ClientModel client = realm.getClientById(offer.getClientId());
            if (organization == null || client == null) {
                continue;
            }
            UserModel inviter = offer.getOfferedBy() == null ? null : session.users().getUserById(realm, offer.getOfferedBy());
            offers.add(new OrganizationApplicationsPage.Offer(offer.getId(),
                    PartnerApplications.owningPartner(session, client).map(OrganizationModel::getName).orElse(""),
                    PartnerApplications.displayName(client), organization.getName(), inviter == null ? "" : nameOf(inviter),
                    members(session, organization)));
        }
        List<OrganizationApplicationsPage.Open> open = new ArrayList<>();
        PublicRegistrations registrations = new PublicRegistrations(session, realm);
        for (OrganizationModel organization : administered) {
            List<OrganizationApplicationsPage.Member> members = null;
            for (ClientModel client : PartnerApplications.openToPublicRegistration(realm)) {
                boolean subscribed = registrations.subscribed(organization, client);
                if (!subscribed && members == null) {
                    members = members(session, organization);
                }
                open.add(new OrganizationApplicationsPage.Open(client.getClientId(), PartnerApplications.displayName(client),
                        PartnerApplications.owningPartner(session, client).map(OrganizationModel::getName).orElse(""),
                        organization.getId(), organization.getName(), subscribed, subscribed ? List.of() : members));
            }
        }
        LoginFormsProvider form = context.form().setAttribute(OrganizationApplicationsPage.ATTRIBUTE,
                new OrganizationApplicationsPage(!administered.isEmpty(), offers, open, NONCE.issue(context.getAuthenticationSession())));
        if (administered.isEmpty() && error == null) {
            form.setError("magOfferPageNotAllowed");
        } else if (error != null) {
            form.setError(error, parameters);
        }
        if (success != null) {
            form.setSuccess(success, parameters);
        }
        return form.createForm(OrganizationApplicationsPage.TEMPLATE);
    }

    private static List<OrganizationApplicationsPage.Member> members(KeycloakSession session, OrganizationModel organization) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        Supplier<List<UserModel>> lookup = () -> organizations.getMembersStream(organization, (String) null, false, 0, MAX_MEMBERS).toList();
        return AdminPermissionsSchema.runWithoutAuthorization(session, lookup).stream()
                .filter(UserModel::isEnabled)
                .map(member -> new OrganizationApplicationsPage.Member(member.getId(), nameOf(member), member.getUsername()))
                .toList();
    }

    private static String nameOf(UserModel user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    @Override
    public void close() {
    }
}
