package io.mag.keycloak.orgadmin.change;

/** Where a change request stands; only PENDING ones can be decided or withdrawn. */
public enum ChangeRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
