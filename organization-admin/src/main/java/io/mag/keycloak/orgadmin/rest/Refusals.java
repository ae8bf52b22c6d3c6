package io.mag.keycloak.orgadmin.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.orgadmin.users.Refusal;

/** A {@link Refusal} as REST's JSON error, its messages in the caller's language. */
final class Refusals {

    private Refusals() {
    }

    static Response response(Refusal refusal, LoginThemeMessages messages) {
        List<ApiError.Field> fields = refusal.fieldErrors().stream()
                .map(f -> new ApiError.Field(f.field(), f.messageKey(), messages.format(f.messageKey(), f.parameters())))
                .toList();
        String description = fields.isEmpty()
                ? messages.format(refusal.messageKey(), refusal.parameters())
                : fields.stream().map(ApiError.Field::message).reduce((a, b) -> a + " " + b).orElse(refusal.error());
        return ApiError.response(Response.Status.fromStatusCode(refusal.status()), refusal.error(), description, fields);
    }
}
