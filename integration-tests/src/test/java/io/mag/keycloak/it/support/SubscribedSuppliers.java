package io.mag.keycloak.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The people of the access-request tests: supplier organizations subscribed to a partner
 * application, their members and Application Administrators (created through the admin and the
 * application-access REST APIs), and requests filed the way a member's client files them. Names
 * carry a tag of their own per instance, so that tests sharing a realm never meet.
 */
public final class SubscribedSuppliers {

    /** Subjects of the access-request emails for {@link PartnerApplication}, in English. */
    public static final String REQUESTED_SUBJECT = "Access request for " + PartnerApplication.NAME;
    public static final String GRANTED_SUBJECT = "Your access to " + PartnerApplication.NAME + " was approved";
    public static final String DENIED_SUBJECT = "Your access request for " + PartnerApplication.NAME + " was denied";

    /** A supplier organization: its alias and id. */
    public record Supplier(String alias, String organizationId) {
    }

    private final ApplicationAccessApi api;
    private final RoleGroups groups;
    private final Partners partners;
    private final TestUsers users;
    private final String clientId;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** {@code clientId}: the partner application the suppliers subscribe to and request access to. */
    public SubscribedSuppliers(ManagedRealm realm, TestUsers users, String clientId) {
        this.api = new ApplicationAccessApi(realm);
        this.groups = new RoleGroups(realm);
        this.partners = new Partners(realm);
        this.users = users;
        this.clientId = clientId;
    }

    /** A supplier organization subscribed to the application. */
    public Supplier create(String name) {
        String alias = "supplier-" + name + "-" + tag;
        String organizationId = partners.createOrganization("Supplier " + name + " " + tag, alias, alias + ".example", "supplier");
        api.subscribe(alias, clientId);
        return new Supplier(alias, organizationId);
    }

    /** A new user (of {@link TestUsers}) who is a member of the supplier; its id. */
    public String member(Supplier supplier, String person) {
        String userId = users.create(person, person);
        partners.addMember(supplier.organizationId(), userId);
        return userId;
    }

    /** A new member who is the supplier's Application Administrator of {@code application}; its id. */
    public String administrator(Supplier supplier, String person, String application) {
        String userId = member(supplier, person);
        groups.join(userId, RoleGroups.applicationPath(supplier.alias(), application, RoleGroups.APPLICATION_ADMINISTRATORS));
        return userId;
    }

    /** An access token of the person (password grant at the REST API's client). */
    public String tokenOf(String person) {
        return api.token(users.username(person), TestUsers.PASSWORD);
    }

    /** The person's access request to the application, filed through REST (201 asserted); its id. */
    public String file(String person, String note) {
        HttpResponse<String> filed = api.request(clientId, note, tokenOf(person));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return RestApiClient.json(filed).path("id").asText();
    }
}
