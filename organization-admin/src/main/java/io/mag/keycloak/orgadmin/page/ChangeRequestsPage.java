package io.mag.keycloak.orgadmin.page;

import java.util.List;
import java.util.Map;

/**
 * What mag-change-requests.ftl gets as {@code magChange}: the viewer's organization, which forms
 * the viewer may use (an Organization Administrator's also for members; company changes also for
 * a Steward), the viewer's requests, the members an administrator may name, what was typed, and
 * the form nonce. Getters for FreeMarker; every text is user data or a message key.
 */
public final class ChangeRequestsPage {

    /** One of the viewer's requests: kind and status are codes the template translates. */
    public record Row(String id, String kind, String status, String subject, List<Value> values, String reason,
                      String createdAt, boolean withdrawable) {
    }

    /** A requested value: the field's code (template key magChangeField.&lt;field&gt;) and the value. */
    public record Value(String field, String value) {
    }

    /** A member an Organization Administrator may name. */
    public record Member(String id, String username, String name) {
    }

    private final boolean allowed;
    private final boolean administrator;
    private final boolean companyChanges;
    private final String organizationName;
    private final String organizationId;
    private final String formNonce;
    private final List<Row> requests;
    private final List<Member> members;
    private final Map<String, String> typed;

    ChangeRequestsPage(boolean allowed, boolean administrator, boolean companyChanges, String organizationName, String organizationId,
                       String formNonce, List<Row> requests, List<Member> members, Map<String, String> typed) {
        this.allowed = allowed;
        this.administrator = administrator;
        this.companyChanges = companyChanges;
        this.organizationName = organizationName;
        this.organizationId = organizationId;
        this.formNonce = formNonce;
        this.requests = requests;
        this.members = members;
        this.typed = typed;
    }

    static ChangeRequestsPage refused() {
        return new ChangeRequestsPage(false, false, false, null, null, null, List.of(), List.of(), Map.of());
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    /** Whether the viewer may ask for a new company name or address (Organization Administrator or Steward). */
    public boolean isCompanyChanges() {
        return companyChanges;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getFormNonce() {
        return formNonce;
    }

    public List<Row> getRequests() {
        return requests;
    }

    public List<Member> getMembers() {
        return members;
    }

    /** A value typed into a form, shown again after a refusal ("" if none). */
    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }
}
