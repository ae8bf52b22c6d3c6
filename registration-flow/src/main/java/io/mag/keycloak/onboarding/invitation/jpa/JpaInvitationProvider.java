package io.mag.keycloak.onboarding.invitation.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

import io.mag.keycloak.onboarding.invitation.Invitation;
import io.mag.keycloak.onboarding.invitation.InvitationLinkException;
import io.mag.keycloak.onboarding.invitation.InvitationProvider;
import io.mag.keycloak.onboarding.invitation.InvitationStatus;
import io.mag.keycloak.onboarding.invitation.RedeemableInvitation;
import io.mag.keycloak.onboarding.invitation.link.InvitationLinkCheck;
import io.mag.keycloak.onboarding.invitation.link.InvitationLinkToken;
import io.mag.keycloak.onboarding.invitation.link.InvitationLinks;

/** Invitations in MAG_ORG_INVITATION, through the session's EntityManager (Keycloak's transaction). */
final class JpaInvitationProvider implements InvitationProvider {

    private static final Logger LOG = Logger.getLogger(JpaInvitationProvider.class);

    private final KeycloakSession session;
    private final EntityManager em;

    JpaInvitationProvider(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    @Override
    public RedeemableInvitation redeemable(RealmModel realm, String linkToken) throws InvitationLinkException {
        InvitationLinks links = new InvitationLinks(session, realm);
        InvitationLinkToken token = links.decode(linkToken);
        Invitation invitation = token == null || token.getInvitationId() == null ? null
                : getById(realm, token.getInvitationId()).orElse(null);
        InvitationLinkException.Reason refusal = InvitationLinkCheck.refusal(token, links.issuer(), realm.getId(), invitation, Time.currentTime());
        if (refusal != null) {
            LOG.debugf("Invitation link refused in realm %s: %s", realm.getName(), refusal);
            throw new InvitationLinkException(refusal);
        }
        return invitation.redeemable();
    }

    @Override
    public void markRegistered(RealmModel realm, String invitationId, String registrationId) throws InvitationLinkException {
        InvitationEntity entity = entity(realm, invitationId);
        if (entity == null) {
            throw new InvitationLinkException(InvitationLinkException.Reason.INVALID);
        }
        Invitation invitation = toModel(entity);
        switch (invitation.status(Time.currentTime())) {
            case REVOKED -> throw new InvitationLinkException(InvitationLinkException.Reason.REVOKED);
            case REGISTERED -> throw new InvitationLinkException(InvitationLinkException.Reason.USED);
            case EXPIRED -> throw new InvitationLinkException(InvitationLinkException.Reason.EXPIRED);
            case PENDING -> {
            }
        }
        entity.setStatus(InvitationStatus.REGISTERED.name());
        entity.setRegistrationId(registrationId);
        try {
            // The version column decides a race here: the second UPDATE finds the version changed.
            em.flush();
        } catch (PersistenceException | ModelException e) {
            LOG.debugf("Invitation %s was registered concurrently", invitationId);
            throw new InvitationLinkException(InvitationLinkException.Reason.USED);
        }
    }

    @Override
    public Invitation create(RealmModel realm, String partnerOrganizationId, String inviterUserId, String companyName,
                             String contactEmail, List<String> sharedClientIds, String locale, long expiresAt) {
        long now = Time.currentTime();
        InvitationEntity entity = new InvitationEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setPartnerOrganizationId(partnerOrganizationId);
        entity.setInviterUserId(inviterUserId);
        entity.setCompanyName(companyName);
        entity.setContactEmail(contactEmail);
        entity.setSharedClientIds(writeClientIds(sharedClientIds));
        entity.setStatus(InvitationStatus.PENDING.name());
        entity.setCreatedAt(now);
        entity.setExpiresAt(expiresAt);
        entity.setLastSentAt(now);
        entity.setSendCount(1);
        entity.setLinkId(KeycloakModelUtils.generateId());
        entity.setLocale(locale);
        em.persist(entity);
        return toModel(entity);
    }

    @Override
    public Optional<Invitation> getById(RealmModel realm, String invitationId) {
        return Optional.ofNullable(entity(realm, invitationId)).map(JpaInvitationProvider::toModel);
    }

    @Override
    public Stream<Invitation> getByPartner(RealmModel realm, String partnerOrganizationId, Integer first, Integer max) {
        TypedQuery<InvitationEntity> query = em.createNamedQuery("magInvitationsByPartner", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("partnerId", partnerOrganizationId);
        if (first != null) {
            query.setFirstResult(Math.max(0, first));
        }
        if (max != null) {
            query.setMaxResults(Math.max(0, max));
        }
        return query.getResultStream().map(JpaInvitationProvider::toModel);
    }

    @Override
    public Stream<Invitation> getByPartnerAndEmail(RealmModel realm, String partnerOrganizationId, String contactEmail) {
        return em.createNamedQuery("magInvitationsByPartnerAndEmail", InvitationEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("partnerId", partnerOrganizationId)
                .setParameter("email", contactEmail)
                .getResultStream()
                .map(JpaInvitationProvider::toModel);
    }

    @Override
    public Invitation reissue(RealmModel realm, String invitationId, long expiresAt) {
        InvitationEntity entity = pending(realm, invitationId);
        entity.setLinkId(KeycloakModelUtils.generateId());
        entity.setExpiresAt(expiresAt);
        entity.setLastSentAt(Time.currentTime());
        entity.setSendCount(entity.getSendCount() + 1);
        em.flush();
        return toModel(entity);
    }

    @Override
    public Invitation revoke(RealmModel realm, String invitationId) {
        InvitationEntity entity = pending(realm, invitationId);
        entity.setStatus(InvitationStatus.REVOKED.name());
        em.flush();
        return toModel(entity);
    }

    @Override
    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteInvitationsOfRealm").setParameter("realmId", realmId).executeUpdate();
    }

    @Override
    public void close() {
    }

    private InvitationEntity entity(RealmModel realm, String invitationId) {
        if (invitationId == null || invitationId.length() > 36) {
            return null;
        }
        InvitationEntity entity = em.find(InvitationEntity.class, invitationId);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? null : entity;
    }

    private InvitationEntity pending(RealmModel realm, String invitationId) {
        InvitationEntity entity = entity(realm, invitationId);
        if (entity == null) {
            throw new IllegalStateException("No invitation " + invitationId);
        }
        if (!InvitationStatus.PENDING.name().equals(entity.getStatus())) {
            throw new IllegalStateException("Invitation " + invitationId + " is " + entity.getStatus());
        }
        return entity;
    }

    private static String writeClientIds(List<String> clientIds) {
        try {
            return JsonSerialization.writeValueAsString(List.copyOf(clientIds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readClientIds(String json) {
        try {
            return json == null ? List.of() : Arrays.asList(JsonSerialization.readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Invitation toModel(InvitationEntity e) {
        return new Invitation(e.getId(), e.getRealmId(), e.getPartnerOrganizationId(), e.getInviterUserId(),
                e.getCompanyName(), e.getContactEmail(), readClientIds(e.getSharedClientIds()),
                InvitationStatus.valueOf(e.getStatus()), e.getCreatedAt(), e.getExpiresAt(), e.getLastSentAt(),
                e.getSendCount(), e.getLinkId(), e.getRegistrationId(), e.getLocale());
    }
}
