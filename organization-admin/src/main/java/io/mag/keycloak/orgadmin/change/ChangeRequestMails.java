package io.mag.keycloak.orgadmin.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * The decision emails of a change request, to the people concerned: the requester, the user the
 * change is about (for an email change, at the new address) and, for a change of the organization,
 * its Organization Administrators; each once, in their language,
 * through the realm's email theme (user data escaped by FreeMarker). Sent after the commit; a
 * failed send is logged and does not undo the decision.
 */
final class ChangeRequestMails {

    private static final Logger LOG = Logger.getLogger(ChangeRequestMails.class);

    static final String APPROVED = "mag-change-approved.ftl";
    static final String REJECTED = "mag-change-rejected.ftl";
    static final int MAX_ADMINISTRATORS = 50;

    private final KeycloakSession session;
    private final RealmModel realm;

    ChangeRequestMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void decided(ChangeRequestEntity request, String organizationName, boolean approved, String reason) {
        Map<String, UserModel> recipients = new LinkedHashMap<>();
        for (String id : new String[] {request.getRequesterId(), request.getSubjectUserId()}) {
            add(recipients, id == null ? null : session.users().getUserById(realm, id));
        }
        if (request.getSubjectUserId() == null) {
            // A change of the organization concerns all its Organization Administrators.
            OrganizationModel organization = new OrganizationRoles(session, realm).organization(request.getOrganizationId());
            if (organization != null) {
                new OrganizationGroups(session, realm).members(organization, MagRole.ORGANIZATION_ADMINISTRATOR, 0, MAX_ADMINISTRATORS)
                        .forEach(user -> add(recipients, user));
            }
        }
        ChangeRequestKind kind = ChangeRequestKind.valueOf(request.getKind());
        Mail mail = new Mail(organizationName, kindKey(kind), values(request), reason);
        for (UserModel recipient : recipients.values()) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("magChange", mail);
            try {
                session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient)
                        .send(approved ? "magChangeApprovedSubject" : "magChangeRejectedSubject", List.of(organizationName),
                                approved ? APPROVED : REJECTED, attributes);
            } catch (EmailException e) {
                LOG.warnf(e, "Change request email to user %s failed", recipient.getId());
            }
        }
    }

    private static void add(Map<String, UserModel> recipients, UserModel user) {
        if (user != null && user.isEnabled() && user.getEmail() != null && !user.getEmail().isBlank()) {
            recipients.putIfAbsent(user.getId(), user);
        }
    }

    /** magChangeKindCompanyName, ... (email theme keys). */
    static String kindKey(ChangeRequestKind kind) {
        StringBuilder key = new StringBuilder("magChangeKind");
        for (String part : kind.name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return key.toString();
    }

    private static List<Value> values(ChangeRequestEntity request) {
        List<Value> values = new ArrayList<>();
        ChangeRequestPayload.fromJson(request.getPayload()).forEach((field, value) -> {
            if (!"userId".equals(field)) {
                values.add(new Value("magChangeField_" + field, value));
            }
        });
        return values;
    }

    /** {@code magChange} in the templates. Getters: Keycloak's FreeMarker wrapper does not expose record accessors. */
    public static final class Mail {
        private final String organizationName;
        private final String kindKey;
        private final List<Value> values;
        private final String reason;

        Mail(String organizationName, String kindKey, List<Value> values, String reason) {
            this.organizationName = Objects.requireNonNullElse(organizationName, "");
            this.kindKey = kindKey;
            this.values = values;
            this.reason = reason;
        }

        public String getOrganizationName() {
            return organizationName;
        }

        public String getKindKey() {
            return kindKey;
        }

        public List<Value> getValues() {
            return values;
        }

        public String getReason() {
            return reason;
        }
    }

    /** One requested value: its label's message key and the value (user data). */
    public static final class Value {
        private final String labelKey;
        private final String value;

        Value(String labelKey, String value) {
            this.labelKey = labelKey;
            this.value = value;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getValue() {
            return value;
        }
    }
}
