package io.mag.keycloak.onboarding.registration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;

/** Registration requests in MAG_ORG_REGISTRATION, through the session's EntityManager (Keycloak's transaction). */
public final class Registrations {

    private final EntityManager em;

    public Registrations(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The key under which names are unique: trimmed, inner whitespace collapsed, lower case. */
    public static String nameKey(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void add(OrgRegistrationEntity entity) {
        em.persist(entity);
        // Flush now so that the unique name key and the primary key decide a race here.
        em.flush();
    }

    public Optional<OrgRegistrationEntity> find(RealmModel realm, String id) {
        OrgRegistrationEntity entity = id == null ? null : em.find(OrgRegistrationEntity.class, id);
        return Optional.ofNullable(entity).filter(e -> e.getRealmId().equals(realm.getId()));
    }

    public Optional<OrgRegistrationEntity> byOrganization(RealmModel realm, String organizationId) {
        return em.createNamedQuery("magRegistrationByOrganization", OrgRegistrationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .findFirst();
    }

    public List<OrgRegistrationEntity> list(RealmModel realm, RegistrationStatus status, int first, int max) {
        var query = status == null
                ? em.createNamedQuery("magRegistrationsByRealm", OrgRegistrationEntity.class)
                : em.createNamedQuery("magRegistrationsByStatus", OrgRegistrationEntity.class).setParameter("status", status.name());
        return query.setParameter("realmId", realm.getId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max))
                .getResultList();
    }

    /** True when a pending or approved request holds this organization name (case-insensitively). */
    public boolean nameTaken(RealmModel realm, String name) {
        return em.createNamedQuery("magRegistrationActiveNameCount", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("nameKey", nameKey(name))
                .getSingleResult() > 0;
    }

    /** True when a native organization of the realm has this name, case-insensitively. */
    public boolean organizationNameTaken(RealmModel realm, String name) {
        return em.createQuery("select count(o) from OrganizationEntity o where o.realmId = :realmId and lower(o.name) = :name", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("name", nameKey(name))
                .getSingleResult() > 0;
    }

    /** Writes pending changes now, so that a concurrent decision on the same row fails here. */
    public void flush() {
        em.flush();
    }

    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteRegistrationsOfRealm").setParameter("realmId", realmId).executeUpdate();
    }
}
