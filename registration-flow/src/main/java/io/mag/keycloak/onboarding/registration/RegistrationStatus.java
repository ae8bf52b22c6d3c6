package io.mag.keycloak.onboarding.registration;

/** Where an organization's registration request stands. */
public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED
}
