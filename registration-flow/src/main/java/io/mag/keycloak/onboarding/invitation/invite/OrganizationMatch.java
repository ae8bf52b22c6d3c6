package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

import org.keycloak.models.OrganizationDomainModel;
import org.keycloak.models.OrganizationModel;

import io.mag.keycloak.common.OrganizationAttributes;

/**
 * An existing organization found by a search: shown on the page and returned by REST. Getters, not
 * a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
 */
public final class OrganizationMatch {

    private final String id;
    private final String name;
    private final String alias;
    private final List<String> domains;
    private final String type;
    private final boolean enabled;

    OrganizationMatch(OrganizationModel organization) {
        this.id = organization.getId();
        this.name = organization.getName();
        this.alias = organization.getAlias();
        this.domains = organization.getDomains().map(OrganizationDomainModel::getName).sorted().toList();
        var type = organization.getAttributes().get(OrganizationAttributes.TYPE);
        this.type = type == null || type.isEmpty() ? null : type.get(0);
        this.enabled = organization.isEnabled();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAlias() {
        return alias;
    }

    public List<String> getDomains() {
        return domains;
    }

    public String getType() {
        return type;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
