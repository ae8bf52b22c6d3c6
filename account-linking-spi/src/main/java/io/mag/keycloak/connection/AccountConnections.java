package io.mag.keycloak.connection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.connection.eligibility.ConnectionCandidate;
import io.mag.keycloak.connection.eligibility.EligibilityChecker;
import io.mag.keycloak.connection.eligibility.IdentityNormalizer;

/**
 * What the pages, guards, mapper and admin API do with connections: find candidates, judge
 * them, connect and disconnect. Storage is the {@link AccountConnectionProvider}.
 */
public final class AccountConnections {

    /** More accounts than this sharing one person's email would be a data problem, not a use case. */
    private static final int MAX_SAME_EMAIL_ACCOUNTS = 100;

    /** Message key of a connect that met a concurrent change of one of its accounts. */
    public static final String BUSY = "magConnectRefusedBusy";

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountConnections(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** An account that shares the parent's name and email, with the reason it cannot be connected, if any. */
    public record Candidate(UserModel account, Optional<String> refusal) {
        public boolean eligible() {
            return refusal.isEmpty();
        }
    }

    /**
     * The other accounts that share the parent's first name, last name and email: the only
     * accounts the parent ever sees. Looked up by email through Keycloak's email index, never by
     * scanning the realm's users.
     *
     * <p>Only when both emails are verified: names are anyone's to type, so an address the parent
     * has not proven to own (an edit not yet confirmed, an address an administrator typed) must
     * not reveal the usernames and organizations of the accounts that do own it.
     */
    public List<Candidate> sameIdentityAccounts(UserModel parent) {
        if (!parent.isEmailVerified()) {
            return List.of();
        }
        EligibilityChecker checker = EligibilityChecker.of(session);
        return accountsWithEmail(parent.getEmail())
                .filter(account -> !account.getId().equals(parent.getId()))
                .filter(UserModel::isEmailVerified)
                .filter(account -> sharesIdentity(parent, account))
                .map(account -> new Candidate(account, checker.firstRefusal(new ConnectionCandidate(session, realm, parent, account))))
                .toList();
    }

    /** Accounts whose email is this one, case-insensitively; an indexed lookup. */
    public Stream<UserModel> accountsWithEmail(String email) {
        if (email == null || email.isBlank()) {
            return Stream.empty();
        }
        return session.users().searchForUserStream(realm,
                Map.of(UserModel.EMAIL, email.strip(), UserModel.EXACT, Boolean.TRUE.toString()),
                0, MAX_SAME_EMAIL_ACCOUNTS);
    }

    public static boolean sharesIdentity(UserModel a, UserModel b) {
        return IdentityNormalizer.same(a.getFirstName(), b.getFirstName())
                && IdentityNormalizer.same(a.getLastName(), b.getLastName())
                && IdentityNormalizer.same(a.getEmail(), b.getEmail());
    }

    public Optional<String> refusal(UserModel parent, UserModel child) {
        return EligibilityChecker.of(session).firstRefusal(new ConnectionCandidate(session, realm, parent, child));
    }

    public Optional<UserModel> parentOf(UserModel child) {
        return storage().findByChild(realm, child.getId())
                .map(connection -> session.users().getUserById(realm, connection.parentId()));
    }

    public List<UserModel> childrenOf(UserModel parent) {
        return storage().findByParent(realm, parent.getId())
                .map(connection -> session.users().getUserById(realm, connection.childId()))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Connects {@code childId} to {@code parentId} in a transaction of its own, after checking
     * every eligibility rule again inside it, holding row locks on both accounts. A refusal or a lost race changes nothing and leaves
     * the caller's transaction usable (for its error event). On success the child's sessions,
     * online and offline, end and its tokens issued so far stop being accepted.
     */
    public static ConnectOutcome connect(KeycloakSession session, RealmModel realm, String parentId, String childId, String createdBy) {
        String realmId = realm.getId();
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), session.getContext(), tx -> {
                RealmModel txRealm = tx.realms().getRealm(realmId);
                tx.getContext().setRealm(txRealm);
                // Before any rule reads the connections: a concurrent connect that shares either
                // account (A takes B while B takes C, or B takes A) waits here until this one ends.
                tx.getProvider(AccountConnectionProvider.class).lockAccounts(txRealm, parentId, childId);
                UserModel parent = tx.users().getUserById(txRealm, parentId);
                UserModel child = tx.users().getUserById(txRealm, childId);
                if (parent == null || child == null) {
                    return new ConnectOutcome.Refused("magConnectUnknownAccount");
                }
                Optional<String> refusal = new AccountConnections(tx, txRealm).refusal(parent, child);
                if (refusal.isPresent()) {
                    return new ConnectOutcome.Refused(refusal.get());
                }
                AccountConnection connection = tx.getProvider(AccountConnectionProvider.class)
                        .connect(txRealm, parentId, childId, createdBy);
                endSessions(tx, txRealm, child);
                ConnectionAttributes.refresh(tx, txRealm, parent, child);
                return new ConnectOutcome.Connected(connection);
            }, "mag-connect-accounts");
        } catch (ChildAlreadyConnectedException | ModelDuplicateException e) {
            // Under JTA a database may report the unique violation at commit instead of at flush.
            return new ConnectOutcome.AlreadyConnected();
        } catch (AccountsBusyException e) {
            return new ConnectOutcome.Refused(BUSY);
        }
    }

    /** Removes the connection and the mirrored attributes; false when the two were not connected. */
    public boolean disconnect(UserModel parent, UserModel child) {
        boolean removed = storage().disconnect(realm, parent.getId(), child.getId());
        if (removed) {
            ConnectionAttributes.refresh(session, realm, parent, child);
        }
        return removed;
    }

    /**
     * Before a user is deleted: removes its connections and clears the mirrored attributes of the
     * accounts on the other side, so a deleted parent's children show (and are) free again.
     */
    public void forgetUser(UserModel removed) {
        List<UserModel> counterparts = Stream.concat(
                        storage().findByParent(realm, removed.getId()).map(AccountConnection::childId),
                        storage().findByChild(realm, removed.getId()).stream().map(AccountConnection::parentId))
                .map(id -> session.users().getUserById(realm, id))
                .filter(Objects::nonNull)
                .toList();
        storage().removeUser(realm, removed.getId());
        counterparts.forEach(user -> ConnectionAttributes.refresh(session, realm, user));
    }

    private static void endSessions(KeycloakSession session, RealmModel realm, UserModel child) {
        session.sessions().getUserSessionsStream(realm, child).toList()
                .forEach(userSession -> session.sessions().removeUserSession(realm, userSession));
        session.sessions().getOfflineUserSessionsStream(realm, child).toList()
                .forEach(userSession -> session.sessions().removeOfflineUserSession(realm, userSession));
        // Tokens issued before now no longer validate, refresh tokens included.
        session.users().setNotBeforeForUser(realm, child, Time.currentTime());
    }

    private AccountConnectionProvider storage() {
        return session.getProvider(AccountConnectionProvider.class);
    }
}
