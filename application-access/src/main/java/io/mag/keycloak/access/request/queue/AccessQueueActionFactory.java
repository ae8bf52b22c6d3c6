package io.mag.keycloak.access.request.queue;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Access Requests": an Application Administrator's queue of their organization's pending
 * requests, with Approve and Deny. Started as an application-initiated action
 * ({@code kc_action=mag-access-requests}) from the account console (My Account > Access Requests),
 * which the request email links to.
 */
public final class AccessQueueActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-access-requests";

    public AccessQueueActionFactory() {
        super(PROVIDER_ID, "Access Requests", new AccessQueueAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
