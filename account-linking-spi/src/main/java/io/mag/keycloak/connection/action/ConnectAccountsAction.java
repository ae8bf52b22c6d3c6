package io.mag.keycloak.connection.action;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.connection.AccountConnections;
import io.mag.keycloak.connection.ConnectOutcome;
import io.mag.keycloak.connection.action.ConnectAccountsForms.Notice;

/**
 * The Connect Accounts page. The signed-in user (the parent) picks an account that shares their
 * name and email, proves it is theirs with that account's password, and connects it; or
 * disconnects a child after confirming. Every post carries a single-use nonce; nothing changes
 * unless every check passes.
 */
final class ConnectAccountsAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(ConnectAccountsAction.class);

    static final String OPERATION = "operation";
    static final String CHILD_USERNAME = "childUsername";
    static final String OTHER_USERNAME = "otherUsername";
    static final String CHILD_PASSWORD = "childPassword";
    static final String CHILD_ID = "childId";

    /** Which child the confirmation page is about; kept server-side, not trusted from the form. */
    private static final String PENDING_DISCONNECT_NOTE = "mag.connect-accounts.pending-disconnect";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only ever started by the user (kc_action) or assigned by an admin.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(new ConnectAccountsForms(context).list(null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION);
        ConnectAccountsForms forms = new ConnectAccountsForms(context);

        if ("done".equals(operation)) {
            context.success();
            return;
        }
        if (!ConnectAccountsForms.NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            new ConnectionEvents(context).error(String.valueOf(operation), null, Errors.INVALID_FORM);
            // A connect posted again (reload, back button) after it succeeded: say so, not "expired".
            UserModel alreadyConnected = "connect".equals(operation) ? ownChildNamed(context, form) : null;
            context.challenge(forms.list(alreadyConnected != null
                    ? Notice.success("magConnectAlreadyConnected", alreadyConnected.getUsername())
                    : Notice.error("magConnectFormExpired")));
            return;
        }
        switch (operation == null ? "" : operation) {
            case "connect" -> connect(context, form, forms);
            case "disconnect" -> askToConfirmDisconnect(context, form, forms);
            case "confirm-disconnect" -> disconnect(context, forms);
            default -> context.challenge(forms.list(null));
        }
    }

    private void connect(RequiredActionContext context, MultivaluedMap<String, String> form, ConnectAccountsForms forms) {
        RealmModel realm = context.getRealm();
        UserModel parent = context.getUser();
        ConnectionEvents events = new ConnectionEvents(context);
        String named = firstNonBlank(form.getFirst(OTHER_USERNAME), form.getFirst(CHILD_USERNAME));
        if (named == null) {
            context.challenge(forms.list(Notice.error("magConnectChooseAccount")));
            return;
        }

        UserModel child = context.getSession().users().getUserByUsername(realm, named.strip());
        // An account that does not share the user's name and email is reported exactly like one
        // that does not exist: the page never reveals anything about other people's accounts.
        if (child == null || !AccountConnections.sharesIdentity(parent, child)) {
            events.error(MagEvents.CONNECT, null, Errors.USER_NOT_FOUND);
            context.challenge(forms.list(Notice.error("magConnectRefusedIdentity")));
            return;
        }
        String refusal = new AccountConnections(context.getSession(), realm).refusal(parent, child).orElse(null);
        if (refusal != null) {
            events.refused(MagEvents.CONNECT, child, Errors.NOT_ALLOWED, refusal);
            context.challenge(forms.list(Notice.error(refusal)));
            return;
        }

        switch (new ChildPasswordCheck(context).verify(child, form.getFirst(CHILD_PASSWORD))) {
            case LOCKED -> {
                events.error(MagEvents.CONNECT, child, Errors.USER_TEMPORARILY_DISABLED);
                context.challenge(forms.list(Notice.error("magConnectChildLocked")));
                return;
            }
            case INVALID -> {
                events.error(MagEvents.CONNECT, child, Errors.INVALID_USER_CREDENTIALS);
                context.challenge(forms.list(Notice.error("magConnectWrongPassword")));
                return;
            }
            case VALID -> {
            }
        }

        ConnectOutcome outcome = AccountConnections.connect(context.getSession(), realm, parent.getId(), child.getId(), parent.getId());
        if (outcome instanceof ConnectOutcome.Connected) {
            LOG.debugf("Connected child %s to parent %s in realm %s", child.getId(), parent.getId(), realm.getName());
            events.success(MagEvents.CONNECT, child);
            context.challenge(forms.list(Notice.success("magConnectConnected")));
        } else if (outcome instanceof ConnectOutcome.Refused refused) {
            events.refused(MagEvents.CONNECT, child, Errors.NOT_ALLOWED, refused.messageKey());
            context.challenge(forms.list(Notice.error(refused.messageKey())));
        } else {
            events.error(MagEvents.CONNECT, child, Errors.NOT_ALLOWED);
            context.challenge(forms.list(Notice.error("magConnectRefusedAlreadyChild")));
        }
    }

    private void askToConfirmDisconnect(RequiredActionContext context, MultivaluedMap<String, String> form, ConnectAccountsForms forms) {
        UserModel child = ownChild(context, form.getFirst(CHILD_ID));
        if (child == null) {
            new ConnectionEvents(context).error(MagEvents.DISCONNECT, null, Errors.USER_NOT_FOUND);
            context.challenge(forms.list(Notice.error("magDisconnectUnknownAccount")));
            return;
        }
        context.getAuthenticationSession().setAuthNote(PENDING_DISCONNECT_NOTE, child.getId());
        context.challenge(forms.confirmDisconnect(child));
    }

    private void disconnect(RequiredActionContext context, ConnectAccountsForms forms) {
        String childId = context.getAuthenticationSession().getAuthNote(PENDING_DISCONNECT_NOTE);
        context.getAuthenticationSession().removeAuthNote(PENDING_DISCONNECT_NOTE);
        UserModel child = ownChild(context, childId);
        ConnectionEvents events = new ConnectionEvents(context);
        if (child == null || !new AccountConnections(context.getSession(), context.getRealm()).disconnect(context.getUser(), child)) {
            events.error(MagEvents.DISCONNECT, child, Errors.USER_NOT_FOUND);
            context.challenge(forms.list(Notice.error("magDisconnectUnknownAccount")));
            return;
        }
        LOG.debugf("Disconnected child %s from parent %s", child.getId(), context.getUser().getId());
        events.success(MagEvents.DISCONNECT, child);
        context.challenge(forms.list(Notice.success("magDisconnectDone")));
    }

    /** The user's own child that a connect form names (by User ID), or null. */
    private static UserModel ownChildNamed(RequiredActionContext context, MultivaluedMap<String, String> form) {
        String named = firstNonBlank(form.getFirst(OTHER_USERNAME), form.getFirst(CHILD_USERNAME));
        if (named == null) {
            return null;
        }
        return new AccountConnections(context.getSession(), context.getRealm()).childrenOf(context.getUser()).stream()
                .filter(child -> child.getUsername().equalsIgnoreCase(named.strip()))
                .findFirst()
                .orElse(null);
    }

    /** The user's child with this id, or null when there is no such child of this user. */
    private static UserModel ownChild(RequiredActionContext context, String childId) {
        if (childId == null || childId.isBlank()) {
            return null;
        }
        return new AccountConnections(context.getSession(), context.getRealm()).childrenOf(context.getUser()).stream()
                .filter(child -> child.getId().equals(childId))
                .findFirst()
                .orElse(null);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    @Override
    public void close() {
    }
}
