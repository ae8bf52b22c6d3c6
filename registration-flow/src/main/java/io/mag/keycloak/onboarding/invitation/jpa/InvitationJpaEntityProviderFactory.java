package io.mag.keycloak.onboarding.invitation.jpa;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;

/** Registers the invitation entity and its Liquibase changelog with Keycloak's JPA setup. */
public final class InvitationJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-invitation-entities";

    public InvitationJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_INVITA", "META-INF/mag-invitation/changelog-master.xml",
                InvitationEntity.class);
    }
}
