package io.mag.keycloak.orgadmin.rest;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.orgadmin.users.Refusal;

/**
 * Runs one REST action: a refusal becomes its JSON error, and the transaction is marked for
 * rollback, so that nothing the action did before refusing is committed.
 */
final class Answers {

    private Answers() {
    }

    static Response of(Caller caller, Supplier<Response> action) {
        try {
            return action.get();
        } catch (Refusal refusal) {
            caller.session().getTransactionManager().setRollbackOnly();
            return Refusals.response(refusal, caller.messages());
        } catch (OrganizationForbidden forbidden) {
            caller.session().getTransactionManager().setRollbackOnly();
            return forbidden.getResponse();
        }
    }
}
