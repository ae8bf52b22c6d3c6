package io.mag.keycloak.connection.admin;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;
import io.mag.keycloak.connection.AccountConnections;
import io.mag.keycloak.connection.ConnectOutcome;

/**
 * {@code /admin/realms/{realm}/mag-account-connections}: operators list, inspect, make and remove
 * account connections. Keycloak has authenticated the caller before this runs (401 otherwise);
 * each method checks Keycloak's user permissions (403 otherwise), the same ones the users API
 * checks for the same kind of access.
 *
 * <p>Public, as JAX-RS requires of resource classes. Methods at the resource's own path carry
 * {@code @Path("")}: without it Keycloak answers 405.
 */
public final class AccountConnectionsResource {

    private static final Logger LOG = Logger.getLogger(AccountConnectionsResource.class);

    static final int DEFAULT_MAX = 100;
    static final int MAX_MAX = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    AccountConnectionsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** Every connection of the realm, oldest first. It names users, so it needs the right to view all users. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public ConnectionPage list(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        auth.users().requireView();
        int from = first == null ? 0 : first;
        int size = max == null ? DEFAULT_MAX : Math.min(max, MAX_MAX);
        if (from < 0 || size < 0) {
            throw ErrorResponses.invalidRequest("first and max must not be negative");
        }
        List<ConnectionRepresentation> page = storage().list(realm, from, size)
                .map(this::toRepresentation)
                .toList();
        return new ConnectionPage(storage().count(realm), page);
    }

    /** The user's parent, if it is a child, and its children, if it is a parent. */
    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public UserConnections ofUser(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        AccountConnections connections = connections();
        UserReference parent = connections.parentOf(user).map(UserReference::of).orElse(null);
        List<UserReference> children = connections.childrenOf(user).stream().map(UserReference::of).toList();
        return new UserConnections(parent, children);
    }

    /** One connection; where {@link #connect} points its Location header. */
    @GET
    @Path("users/{parentId}/children/{childId}")
    @Produces(MediaType.APPLICATION_JSON)
    public ConnectionRepresentation connection(@PathParam("parentId") String parentId, @PathParam("childId") String childId) {
        UserModel parent = user(parentId);
        auth.users().requireView(parent);
        UserModel child = user(childId);
        auth.users().requireView(child);
        return toRepresentation(connectionOf(parent, child));
    }

    /**
     * An operator connects an account to a parent on the parent's behalf. Every eligibility rule
     * applies, exactly as when the parent connects it; the child's sessions end.
     */
    @POST
    @Path("users/{parentId}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response connect(@PathParam("parentId") String parentId, ConnectRequest request) {
        UserModel parent = user(parentId);
        auth.users().requireManage(parent);
        if (request == null || request.childId() == null || request.childId().isBlank()) {
            throw ErrorResponses.invalidRequest("childId is required");
        }
        UserModel child = user(request.childId());
        auth.users().requireManage(child);

        String operatorId = auth.adminAuth().getUser().getId();
        ConnectOutcome outcome = AccountConnections.connect(session, realm, parent.getId(), child.getId(), operatorId);
        RefusalResponses refusals = new RefusalResponses(session, realm);
        if (outcome instanceof ConnectOutcome.Refused refused) {
            LOG.debugf("Connecting %s to %s refused: %s", child.getId(), parent.getId(), refused.messageKey());
            throw refusals.refused(refused.messageKey());
        }
        if (outcome instanceof ConnectOutcome.AlreadyConnected) {
            throw refusals.refused(RefusalResponses.ALREADY_CHILD);
        }
        AccountConnection connection = ((ConnectOutcome.Connected) outcome).connection();

        adminEvent.operation(OperationType.CREATE)
                .resourcePath(session.getContext().getUri(), child.getId())
                .representation(new ConnectionEvent(connection.id(), parent.getId(), child.getId()))
                .success();
        URI location = session.getContext().getUri().getAbsolutePathBuilder().path(child.getId()).build();
        return Response.created(location).entity(toRepresentation(connection)).build();
    }

    /** Removes the connection: the child can sign in on its own again, the parent's tokens lose its roles. */
    @DELETE
    @Path("users/{parentId}/children/{childId}")
    public Response disconnect(@PathParam("parentId") String parentId, @PathParam("childId") String childId) {
        UserModel parent = user(parentId);
        auth.users().requireManage(parent);
        UserModel child = user(childId);
        auth.users().requireManage(child);

        AccountConnection connection = connectionOf(parent, child);
        if (!connections().disconnect(parent, child)) {
            throw ErrorResponses.notConnected();
        }
        adminEvent.operation(OperationType.DELETE)
                .resourcePath(session.getContext().getUri())
                .representation(new ConnectionEvent(connection.id(), parent.getId(), child.getId()))
                .success();
        return Response.noContent().build();
    }

    /**
     * The user with this id. Like Keycloak's users API, a caller who may not even query users gets
     * 403 rather than learning whether the id exists.
     */
    private UserModel user(String id) {
        UserModel user = session.users().getUserById(realm, id);
        if (user == null) {
            auth.users().requireQuery();
            throw ErrorResponses.userNotFound();
        }
        return user;
    }

    private AccountConnection connectionOf(UserModel parent, UserModel child) {
        return storage().findByChild(realm, child.getId())
                .filter(connection -> connection.parentId().equals(parent.getId()))
                .orElseThrow(ErrorResponses::notConnected);
    }

    private ConnectionRepresentation toRepresentation(AccountConnection connection) {
        return new ConnectionRepresentation(connection.id(),
                reference(connection.parentId()),
                reference(connection.childId()),
                connection.createdAt().toString(),
                connection.createdBy());
    }

    /** A user of a stored connection; its username is null only if the user vanished without the usual cleanup. */
    private UserReference reference(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        return new UserReference(userId, Objects.isNull(user) ? null : user.getUsername());
    }

    private AccountConnections connections() {
        return new AccountConnections(session, realm);
    }

    private AccountConnectionProvider storage() {
        return session.getProvider(AccountConnectionProvider.class);
    }
}
