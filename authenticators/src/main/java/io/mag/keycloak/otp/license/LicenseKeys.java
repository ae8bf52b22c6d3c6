package io.mag.keycloak.otp.license;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.SecretGenerator;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.otp.license.jpa.LicenseKeyEntity;

/**
 * Operator-issued renewal license keys in MAG_OTP_LICENSE_KEY, through the session's
 * EntityManager (Keycloak's transaction).
 *
 * <p>A key is 25 symbols from a 32-symbol alphabet (125 bits from Keycloak's SecretGenerator),
 * shown as five groups of five. Only its SHA-256 is stored: with that much entropy a salt or a
 * slow hash adds nothing, and a hash allows lookup by key. A key is bound to the user it was
 * issued for and is redeemed by one conditional UPDATE, so two concurrent redemptions cannot both
 * succeed.
 */
public final class LicenseKeys {

    /** No 0/O, 1/I/L: read aloud and typed by people. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 25;
    private static final int MAX_INPUT = 100;

    /** Why a redemption failed (event detail; the user is told the same for all). */
    public enum Refusal { EMPTY, UNKNOWN, OTHER_USER, USED }

    /** The key itself, returned once at issue. */
    public record Issued(String id, String key, String userId, long createdAt) {
    }

    /** A stored key, without its secret. */
    public record Stored(String id, String userId, long createdAt, String createdBy, Long redeemedAt, String redeemedCredentialId) {
    }

    private final EntityManager em;

    public LicenseKeys(EntityManager em) {
        this.em = em;
    }

    public Issued issue(RealmModel realm, String userId, String createdBy) {
        String key = format(SecretGenerator.getInstance().randomString(LENGTH, ALPHABET));
        LicenseKeyEntity entity = new LicenseKeyEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setUserId(userId);
        entity.setKeyHash(hash(key));
        entity.setCreatedAt(Time.currentTimeMillis());
        entity.setCreatedBy(createdBy);
        em.persist(entity);
        return new Issued(entity.getId(), key, userId, entity.getCreatedAt());
    }

    /** Redeems the key for this user's credential; empty when redeemed, else why not. */
    public Optional<Refusal> redeem(RealmModel realm, String userId, String key, String credentialId) {
        String normalized = normalize(key);
        if (normalized.isEmpty()) {
            return Optional.of(Refusal.EMPTY);
        }
        String hash = hash(normalized);
        int updated = em.createNamedQuery("magLicenseKeyRedeem")
                .setParameter("now", Time.currentTimeMillis())
                .setParameter("credentialId", credentialId)
                .setParameter("realmId", realm.getId())
                .setParameter("keyHash", hash)
                .setParameter("userId", userId)
                .executeUpdate();
        if (updated == 1) {
            return Optional.empty();
        }
        LicenseKeyEntity found = em.createNamedQuery("magLicenseKeyByHash", LicenseKeyEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("keyHash", hash)
                .getResultStream().findFirst().orElse(null);
        if (found == null) {
            return Optional.of(Refusal.UNKNOWN);
        }
        return Optional.of(userId.equals(found.getUserId()) ? Refusal.USED : Refusal.OTHER_USER);
    }

    public List<Stored> ofUser(RealmModel realm, String userId) {
        return em.createNamedQuery("magLicenseKeysOfUser", LicenseKeyEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .getResultStream()
                .map(LicenseKeys::stored)
                .toList();
    }

    public Optional<Stored> byId(RealmModel realm, String id) {
        LicenseKeyEntity entity = em.find(LicenseKeyEntity.class, id);
        return entity == null || !entity.getRealmId().equals(realm.getId()) ? Optional.empty() : Optional.of(stored(entity));
    }

    public void removeUser(RealmModel realm, String userId) {
        em.createNamedQuery("magDeleteLicenseKeysOfUser").setParameter("realmId", realm.getId()).setParameter("userId", userId).executeUpdate();
    }

    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteLicenseKeysOfRealm").setParameter("realmId", realmId).executeUpdate();
    }

    private static Stored stored(LicenseKeyEntity e) {
        return new Stored(e.getId(), e.getUserId(), e.getCreatedAt(), e.getCreatedBy(), e.getRedeemedAt(), e.getRedeemedCredentialId());
    }

    /** Upper case, without spaces and dashes; over-long input is treated as empty (never hashed). */
    static String normalize(String key) {
        if (key == null || key.length() > MAX_INPUT) {
            return "";
        }
        return key.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String format(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(raw.charAt(i));
        }
        return out.toString();
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
