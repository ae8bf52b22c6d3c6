package io.mag.keycloak.common;

import java.util.function.BiConsumer;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Work that must happen only once the current transaction has committed (the onboarding emails:
 * an invitation, an approval, a Login Success), and never after a rollback. It runs in a session
 * and transaction of its own, because the request's transaction is over by then, with the
 * request's context (URLs, client address) and the realm looked up again in that session. A
 * failure is logged; it cannot undo what was committed.
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /**
     * @param what names the work in log lines, e.g. "Login Success email to user 1234" (never user input)
     * @param job  gets the new session, whose context realm is set, and that realm
     */
    public static void run(KeycloakSession session, RealmModel realm, String what, BiConsumer<KeycloakSession, RealmModel> job) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        KeycloakContext context = session.getContext();
        String realmId = realm.getId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                try {
                    KeycloakModelUtils.runJobInTransaction(factory, context, inner -> {
                        RealmModel innerRealm = inner.realms().getRealm(realmId);
                        if (innerRealm == null) {
                            return;
                        }
                        inner.getContext().setRealm(innerRealm);
                        job.accept(inner, innerRealm);
                    });
                } catch (RuntimeException e) {
                    LOG.warnf(e, "%s failed after the commit", what);
                }
            }

            @Override
            protected void rollbackImpl() {
                LOG.debugf("%s: the transaction rolled back, nothing done", what);
            }
        });
    }
}
