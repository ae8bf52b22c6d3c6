package io.mag.keycloak.access.subscription.admin;

import io.mag.keycloak.common.AdminResourceFactory;

/** Admin REST {@code /admin/realms/{realm}/mag-subscriptions}. */
public final class SubscriptionsAdminResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-subscriptions";

    public SubscriptionsAdminResourceProviderFactory() {
        super(PROVIDER_ID, SubscriptionsAdminResource::new);
    }
}
