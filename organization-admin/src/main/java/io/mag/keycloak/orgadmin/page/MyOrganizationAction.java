package io.mag.keycloak.orgadmin.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.orgadmin.roles.RoleAssignments;
import io.mag.keycloak.orgadmin.users.NewUser;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;
import io.mag.keycloak.orgadmin.users.OrganizationAccess;
import io.mag.keycloak.orgadmin.users.OrganizationUser;
import io.mag.keycloak.orgadmin.users.OrganizationUsers;
import io.mag.keycloak.orgadmin.users.PersonInvitations;
import io.mag.keycloak.orgadmin.users.Refusal;

/**
 * "My Organization" (login theme page mag-my-organization.ftl): the same operations as
 * {@code /realms/{realm}/mag-organization}, through the same classes and rules. Every post carries
 * a single-use nonce (a re-posted page changes nothing); a refusal shows its message and changes
 * nothing; anyone who is neither an Organization Administrator nor a Steward of an organization
 * gets a refusal page and a {@code mag_not_authorized} event.
 */
final class MyOrganizationAction implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("my-organization");
    static final String TEMPLATE = "mag-my-organization.ftl";
    static final String ATTRIBUTE = "magOrg";
    static final String OPERATION = "operation";
    static final String USER_ID = "userId";
    static final String INVITATION_ID = "invitationId";
    static final String ROLE = "role";
    static final String SEARCH = "search";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Started by the user (kc_action) from the account console.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Viewer viewer = viewer(context, MagEvents.USER_VIEWED);
        context.challenge(viewer == null ? refused(context) : page(context, viewer, "", Map.of(), List.of(), false, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION) == null ? "" : form.getFirst(OPERATION);
        if ("done".equals(operation)) {
            context.success();
            return;
        }
        Viewer viewer = viewer(context, eventOperation(operation));
        if (viewer == null) {
            context.challenge(refused(context));
            return;
        }
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            viewer.events.refused(eventOperation(operation), viewer.organization.getId(), Errors.INVALID_FORM, "form_expired");
            context.challenge(page(context, viewer, "", Map.of(), List.of(), true, "magOrgFormExpired"));
            return;
        }
        String search = form.getFirst(SEARCH) == null ? "" : form.getFirst(SEARCH);
        if ("search".equals(operation)) {
            context.challenge(page(context, viewer, search, Map.of(), List.of(), false, null));
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            if (!viewer.administrator) {
                // A Steward's page has no forms; a crafted post is refused like any stranger's.
                new OrganizationAccess(context.getSession(), context.getRealm())
                        .requireAdministrator(context.getUser(), viewer.organization, viewer.events.event(eventOperation(operation), viewer.organization.getId(), null));
            }
            String userId = form.getFirst(USER_ID);
            String done = switch (operation) {
                case "create" -> {
                    for (String field : List.of(NewUser.USERNAME, NewUser.FIRST_NAME, NewUser.LAST_NAME, NewUser.EMAIL, NewUser.LOCALE)) {
                        typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
                    }
                    OrganizationUsers.Creation creation = viewer.users(context).create(new NewUser(form.getFirst(NewUser.USERNAME), form.getFirst(NewUser.FIRST_NAME),
                            form.getFirst(NewUser.LAST_NAME), form.getFirst(NewUser.EMAIL), form.getFirst(NewUser.ONE_TIME_PASSWORD), form.getFirst(NewUser.LOCALE)));
                    typed.clear();
                    OrganizationUser user = creation.user();
                    yield success(context, viewer, search, creation.created() ? "magOrgUserCreated" : "magOrgUserAlreadyCreated",
                            user.username(), user.email());
                }
                case "invite" -> {
                    typed.put("inviteEmail", form.getFirst("inviteEmail") == null ? "" : form.getFirst("inviteEmail"));
                    var invitation = new PersonInvitations(context.getSession(), context.getRealm(), viewer.organization, viewer.events)
                            .invite(form.getFirst("inviteEmail"), form.getFirst("inviteFirstName"), form.getFirst("inviteLastName"));
                    typed.clear();
                    yield success(context, viewer, search, "magOrgInvitationSent", invitation.email());
                }
                case "disable" -> success(context, viewer, search, "magOrgUserDisabled", viewer.users(context).setEnabled(userId, false).username());
                case "enable" -> success(context, viewer, search, "magOrgUserEnabled", viewer.users(context).setEnabled(userId, true).username());
                case "remove" -> {
                    String name = viewer.users(context).get(userId).username();
                    viewer.users(context).remove(userId);
                    yield success(context, viewer, search, "magOrgUserRemoved", name);
                }
                case "resend" -> success(context, viewer, search, "magOrgFirstLoginResent",
                        viewer.users(context).resendFirstLogin(userId, null).username());
                case "revoke" -> {
                    new PersonInvitations(context.getSession(), context.getRealm(), viewer.organization, viewer.events).revoke(form.getFirst(INVITATION_ID));
                    yield success(context, viewer, search, "magOrgInvitationRevoked");
                }
                case "grant", "remove-role" -> {
                    boolean grant = "grant".equals(operation);
                    String event = grant ? MagEvents.ROLE_GRANTED : MagEvents.ROLE_REMOVED;
                    MagRole role = RoleAssignments.role(form.getFirst(ROLE), viewer.events, event, viewer.organization.getId());
                    RoleAssignments roles = viewer.roles(context);
                    if (grant) {
                        roles.grant(userId, role);
                    } else {
                        roles.remove(userId, role);
                    }
                    yield success(context, viewer, search, grant ? "magOrgRoleGranted" : "magOrgRoleRemoved",
                            new LoginThemeMessages(context.getSession(), context.getRealm(), context.getUser()).text("magOrgRole." + role.value()),
                            viewer.users(context).get(userId).username());
                }
                default -> null;
            };
            if (done == null) {
                context.challenge(page(context, viewer, search, Map.of(), List.of(), false, null));
            }
        } catch (Refusal refusal) {
            List<FormMessage> fields = refusal.fieldErrors().stream()
                    .map(f -> new FormMessage(f.field(), f.messageKey(), f.parameters().toArray()))
                    .toList();
            context.challenge(fields.isEmpty()
                    ? page(context, viewer, search, typed, List.of(), true, refusal.messageKey(), refusal.parameters().toArray())
                    : page(context, viewer, search, typed, fields, false, null));
        } catch (OrganizationForbidden forbidden) {
            context.challenge(page(context, viewer, search, Map.of(), List.of(), true, "magNotAuthorized"));
        }
    }

    private static String success(RequiredActionContext context, Viewer viewer, String search, String key, Object... parameters) {
        context.challenge(page(context, viewer, search, Map.of(), List.of(), false, key, parameters));
        return key;
    }

    /** The viewer's organization and authority, or null (with a refusal event) for anyone else. */
    private static Viewer viewer(RequiredActionContext context, String operation) {
        UserModel user = context.getUser();
        OrganizationAccess access = new OrganizationAccess(context.getSession(), context.getRealm());
        OrgAdminEvents events = new OrgAdminEvents(context.getEvent(), user, new AdminEventBuilder(context.getRealm(),
                new AdminAuth(context.getRealm(), null, user, context.getAuthenticationSession().getClient()),
                context.getSession(), context.getConnection()));
        try {
            OrganizationModel organization = access.organization(user, null, operation, events);
            access.requireViewer(user, organization, events.event(operation, organization.getId(), null));
            boolean administrator = access.roles().holds(user, organization, MagRole.ORGANIZATION_ADMINISTRATOR);
            return new Viewer(organization, administrator, events, access);
        } catch (Refusal | OrganizationForbidden refused) {
            return null;
        }
    }

    private static Response refused(RequiredActionContext context) {
        return context.form().setAttribute(ATTRIBUTE, MyOrganizationPage.refused()).setError("magNotAuthorized").createForm(TEMPLATE);
    }

    private static Response page(RequiredActionContext context, Viewer viewer, String search, Map<String, String> typed,
                                 List<FormMessage> fieldErrors, boolean error, String messageKey, Object... parameters) {
        OrganizationUsers users = viewer.users(context);
        RoleAssignments roles = viewer.roles(context);
        MyOrganizationPage page = new MyOrganizationPage(true, viewer.administrator, viewer.organization.getName(), viewer.organization.getId(),
                NONCE.issue(context.getAuthenticationSession()), users.list(search, 0, OrganizationUsers.LIST_MAX),
                viewer.administrator ? new PersonInvitations(context.getSession(), context.getRealm(), viewer.organization, viewer.events).list() : List.of(),
                viewer.administrator ? roles.grantable().stream().map(MagRole::value).toList() : List.of(), search, typed);
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE, page);
        fieldErrors.forEach(form::addError);
        if (messageKey != null) {
            if (error) {
                form.setError(messageKey, parameters);
            } else {
                form.setSuccess(messageKey, parameters);
            }
        }
        return form.createForm(TEMPLATE);
    }

    private static String eventOperation(String operation) {
        return switch (operation) {
            case "create" -> MagEvents.USER_CREATED;
            case "invite" -> MagEvents.PERSON_INVITED;
            case "disable" -> MagEvents.USER_DISABLED;
            case "enable" -> MagEvents.USER_ENABLED;
            case "remove" -> MagEvents.USER_REMOVED;
            case "resend" -> MagEvents.FIRST_LOGIN_RESENT;
            case "revoke" -> MagEvents.PERSON_INVITATION_REVOKED;
            case "grant" -> MagEvents.ROLE_GRANTED;
            case "remove-role" -> MagEvents.ROLE_REMOVED;
            default -> MagEvents.USER_VIEWED;
        };
    }

    private record Viewer(OrganizationModel organization, boolean administrator, OrgAdminEvents events, OrganizationAccess access) {
        OrganizationUsers users(RequiredActionContext context) {
            return new OrganizationUsers(context.getSession(), context.getRealm(), context.getUser(), organization, events, access);
        }

        RoleAssignments roles(RequiredActionContext context) {
            return new RoleAssignments(context.getSession(), context.getRealm(), context.getUser(), organization, events, access);
        }
    }

    @Override
    public void close() {
    }
}
