package io.mag.keycloak.orgadmin.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.mag.keycloak.common.OtpLevel;
import io.mag.keycloak.orgadmin.information.AccountInformationReader;

/**
 * {@code .../mag-organization/account-information}: the caller's own Account Information; the
 * session's credential is the token's level of authentication ({@code acr}).
 */
public final class AccountInformationResource {

    private final Caller caller;

    AccountInformationResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        Integer level = OtpLevel.levelOf(caller.token() == null ? null : caller.token().getAcr(), Map.of());
        return Response.ok(new AccountInformationReader(caller.session(), caller.realm())
                .read(caller.user(), level == null ? OtpLevel.PASSWORD : level)).build();
    }
}
