package io.mag.keycloak.orgadmin.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;
import io.mag.keycloak.orgadmin.change.ChangeRequestFiling;
import io.mag.keycloak.orgadmin.change.ChangeRequestPayload;
import io.mag.keycloak.orgadmin.change.ChangeRequestRepresentation;
import io.mag.keycloak.orgadmin.change.ChangeRequestSubmission;
import io.mag.keycloak.orgadmin.change.ChangeRequestWithdrawal;
import io.mag.keycloak.orgadmin.change.ChangeRequests;

/**
 * "Change Requests" (login theme page mag-change-requests.ftl): the same filing and withdrawal as
 * {@code /realms/{realm}/mag-organization/change-requests}, through the same classes and rules.
 * Every post carries a single-use nonce (a re-posted page files nothing twice); a refusal shows its
 * message next to the field or at the top and files nothing; a user of no organization gets a
 * refusal page and a {@code mag_not_authorized} event.
 */
final class ChangeRequestsAction implements RequiredActionProvider {

    static final FormNonce NONCE = new FormNonce("change-requests");
    static final String TEMPLATE = "mag-change-requests.ftl";
    static final String ATTRIBUTE = "magChange";
    static final String OPERATION = "operation";
    static final String KIND = "kind";
    static final String REQUEST_ID = "requestId";
    static final int LISTED = 100;
    static final int MEMBERS = 200;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A form of the page: its kind, which input holds each requested value, which input names the user concerned. */
    private record Form(String kind, Map<String, String> inputs, String subjectInput) {
        String input(String field) {
            return "userId".equals(field) && subjectInput != null ? subjectInput : inputs.getOrDefault(field, null);
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form("email", Map.of("email", "email"), "emailUserId"),
            new Form("legal-name", Map.of("firstName", "firstName", "lastName", "lastName"), "legalNameUserId"),
            new Form("organization-administrator", Map.of("userId", "administratorUserId"), null),
            new Form("company-name", Map.of("name", "companyName"), null),
            new Form("company-address", orderedAddress(), null));

    private static Map<String, String> orderedAddress() {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String field : List.of("street", "city", "region", "postalCode", "country")) {
            inputs.put(field, field);
        }
        return inputs;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Started by the user from the account console, or added by First Time Login.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Viewer viewer = viewer(context);
        context.challenge(viewer == null ? refused(context) : page(context, viewer, Map.of(), List.of(), false, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION) == null ? "" : form.getFirst(OPERATION);
        if ("done".equals(operation)) {
            context.success();
            return;
        }
        Viewer viewer = viewer(context);
        if (viewer == null) {
            context.challenge(refused(context));
            return;
        }
        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            context.getEvent().clone().detail(MagEvents.OPERATION, "withdraw".equals(operation) ? MagEvents.CHANGE_WITHDRAWN : MagEvents.CHANGE_REQUESTED)
                    .detail(MagEvents.ORGANIZATION_ID, viewer.organization.getId()).detail("reason", "form_expired").error(Errors.INVALID_FORM);
            context.challenge(page(context, viewer, Map.of(), List.of(), true, "magOrgFormExpired"));
            return;
        }
        switch (operation) {
            case "request" -> request(context, viewer, form);
            case "withdraw" -> withdraw(context, viewer, form.getFirst(REQUEST_ID));
            default -> context.challenge(page(context, viewer, Map.of(), List.of(), false, null));
        }
    }

    private static void request(RequiredActionContext context, Viewer viewer, MultivaluedMap<String, String> posted) {
        Form form = FORMS.stream().filter(f -> f.kind().equals(posted.getFirst(KIND))).findFirst().orElse(null);
        if (form == null) {
            context.challenge(page(context, viewer, Map.of(), List.of(), true, "magChangeUnknownKind"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        form.inputs().forEach((field, input) -> {
            String value = posted.getFirst(input) == null ? "" : posted.getFirst(input);
            typed.put(input, value);
            values.put(field, value);
        });
        String subject = form.subjectInput() == null ? null : posted.getFirst(form.subjectInput());
        if (subject != null) {
            typed.put(form.subjectInput(), subject);
        }
        try {
            ChangeRequestFiling.Filed filed = new ChangeRequestSubmission(context.getSession(), context.getRealm()).submit(context.getUser(),
                    new ChangeRequestSubmission.Filing(form.kind(), viewer.organization.getId(), subject, values), context.getEvent());
            String kind = messages(context).text("magChangeKind." + form.kind());
            context.challenge(page(context, viewer, Map.of(), List.of(), false, filed.created() ? "magChangeRequested" : "magChangeAlreadyPending", kind));
        } catch (ChangeRequestPayload.Invalid invalid) {
            String input = form.input(invalid.field());
            // The member choices are an administrator's only: anyone else has no such field to mark.
            boolean administratorsField = input != null && (input.equals(form.subjectInput()) || "organization-administrator".equals(form.kind()));
            if (input == null || administratorsField && !viewer.administrator) {
                context.challenge(page(context, viewer, typed, List.of(), true, invalid.messageKey()));
            } else {
                String label = messages(context).text("magChangeField." + invalid.field());
                context.challenge(page(context, viewer, typed, List.of(new FormMessage(input, invalid.messageKey(), label)), false, null));
            }
        } catch (OrganizationForbidden forbidden) {
            context.challenge(page(context, viewer, typed, List.of(), true, forbidden.messageKey()));
        }
    }

    private static void withdraw(RequiredActionContext context, Viewer viewer, String requestId) {
        try {
            var request = new ChangeRequestWithdrawal(context.getSession(), context.getRealm()).withdraw(context.getUser(), requestId);
            String kind = messages(context).text("magChangeKind." + ChangeRequestRepresentation.of(context.getSession(), context.getRealm(), request).kind());
            context.challenge(page(context, viewer, Map.of(), List.of(), false, "magChangeWithdrawn", kind));
        } catch (ChangeRequestWithdrawal.Refused refused) {
            context.challenge(page(context, viewer, Map.of(), List.of(), true, refused.messageKey()));
        }
    }

    /** The organization whose changes the page shows: the user's (an administered one first, when there are several); null for none. */
    private static Viewer viewer(RequiredActionContext context) {
        UserModel user = context.getUser();
        OrganizationRoles roles = new OrganizationRoles(context.getSession(), context.getRealm());
        List<OrganizationModel> organizations = new ArrayList<>(roles.organizationsOf(user));
        organizations.removeIf(o -> !roles.holds(user, o, MagRole.USER));
        if (organizations.isEmpty()) {
            context.getEvent().clone().detail(MagEvents.OPERATION, MagEvents.CHANGE_REQUESTED).error(MagEvents.NOT_AUTHORIZED);
            return null;
        }
        organizations.sort(Comparator.comparing((OrganizationModel o) -> !roles.holds(user, o, MagRole.ORGANIZATION_ADMINISTRATOR))
                .thenComparing(OrganizationModel::getName, String.CASE_INSENSITIVE_ORDER));
        OrganizationModel organization = organizations.get(0);
        boolean administrator = roles.holds(user, organization, MagRole.ORGANIZATION_ADMINISTRATOR);
        boolean companyChanges = administrator || roles.holds(user, organization, MagRole.ORGANIZATION_STEWARD);
        return new Viewer(organization, administrator, companyChanges);
    }

    private static Response refused(RequiredActionContext context) {
        return context.form().setAttribute(ATTRIBUTE, ChangeRequestsPage.refused()).setError("magNotAuthorized").createForm(TEMPLATE);
    }

    private static Response page(RequiredActionContext context, Viewer viewer, Map<String, String> typed, List<FormMessage> fieldErrors,
                                 boolean error, String messageKey, Object... parameters) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        List<ChangeRequestsPage.Row> rows = new ChangeRequests(session).ofUser(realm, user.getId(), LISTED).stream()
                .map(r -> ChangeRequestRepresentation.of(session, realm, r))
                .map(r -> row(session, realm, user, r))
                .toList();
        List<ChangeRequestsPage.Member> members = viewer.administrator
                ? session.getProvider(OrganizationProvider.class).getMembersStream(viewer.organization, (String) null, false, 0, MEMBERS)
                        .map(m -> new ChangeRequestsPage.Member(m.getId(), m.getUsername(), name(m)))
                        .toList()
                : List.of();
        ChangeRequestsPage page = new ChangeRequestsPage(true, viewer.administrator, viewer.companyChanges, viewer.organization.getName(),
                viewer.organization.getId(), NONCE.issue(context.getAuthenticationSession()), rows, members, typed);
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

    private static ChangeRequestsPage.Row row(KeycloakSession session, RealmModel realm, UserModel viewer, ChangeRequestRepresentation r) {
        List<ChangeRequestsPage.Value> values = new ArrayList<>();
        r.values().forEach((field, value) -> values.add(new ChangeRequestsPage.Value(field,
                "userId".equals(field) ? username(session, realm, value) : value)));
        String subject = r.subjectUserId() == null || r.subjectUserId().equals(viewer.getId()) ? null : username(session, realm, r.subjectUserId());
        return new ChangeRequestsPage.Row(r.id(), r.kind(), r.status(), subject, values, r.reason(),
                CREATED.format(Instant.ofEpochMilli(r.createdAt())), "pending".equals(r.status()) && viewer.getId().equals(r.requesterId()));
    }

    private static String username(KeycloakSession session, RealmModel realm, String id) {
        UserModel user = id == null ? null : session.users().getUserById(realm, id);
        return user == null ? id : user.getUsername();
    }

    private static String name(UserModel user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        return (first + " " + last).strip();
    }

    private static LoginThemeMessages messages(RequiredActionContext context) {
        return new LoginThemeMessages(context.getSession(), context.getRealm(), context.getUser());
    }

    private record Viewer(OrganizationModel organization, boolean administrator, boolean companyChanges) {
    }

    @Override
    public void close() {
    }
}
