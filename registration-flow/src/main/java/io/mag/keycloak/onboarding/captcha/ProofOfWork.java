package io.mag.keycloak.onboarding.captcha;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An ALTCHA-style proof-of-work captcha, self-hosted. The server picks a secret number
 * {@code n} in [0, maxNumber], and publishes a salt (carrying its expiry), the SHA-256 hex of
 * {@code salt + n} (the challenge) and an HMAC-SHA256 of the challenge under a key only the
 * server holds (the signature). The browser finds {@code n} by trying 0, 1, 2, ... (half of
 * maxNumber hashes on average); the server checks the signature, the expiry and the hash. Single
 * use is the caller's business (SingleUseObjectProvider). Pure logic, unit-tested.
 */
public final class ProofOfWork {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    static final String EXPIRES = "?expires=";

    private final byte[] key;

    /** @param key the server-held HMAC key (the realm's active HMAC key) */
    public ProofOfWork(byte[] key) {
        this.key = key.clone();
    }

    /** What the page carries: the browser solves it and posts {@code number}. */
    public record Challenge(String algorithm, String challenge, long maxNumber, String salt, String signature) {
    }

    /**
     * @param maxNumber difficulty: the secret number is below this
     * @param expiresAt epoch seconds after which a solution is refused
     */
    public Challenge issue(long maxNumber, long expiresAt) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String salt = HEX.formatHex(random) + EXPIRES + expiresAt;
        long secret = (long) (RANDOM.nextDouble() * (maxNumber + 1));
        String challenge = sha256Hex(salt + secret);
        return new Challenge("SHA-256", challenge, maxNumber, salt, hmacHex(challenge));
    }

    public enum Verdict { VALID, INVALID, EXPIRED }

    /** Checks a posted solution; {@code now} in epoch seconds. */
    public Verdict verify(String salt, String challenge, String signature, String number, long now) {
        if (salt == null || challenge == null || signature == null || number == null
                || salt.length() > 200 || challenge.length() != 64 || signature.length() != 64 || number.length() > 12) {
            return Verdict.INVALID;
        }
        if (!MessageDigest.isEqual(hmacHex(challenge).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        long n;
        try {
            n = Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (n < 0 || !MessageDigest.isEqual(sha256Hex(salt + n).getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        int at = salt.indexOf(EXPIRES);
        if (at < 0) {
            return Verdict.INVALID;
        }
        try {
            return Long.parseLong(salt.substring(at + EXPIRES.length())) >= now ? Verdict.VALID : Verdict.EXPIRED;
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
    }

    /** Solves a challenge the way the browser script does (tests and tools). */
    public static long solve(String salt, String challenge, long maxNumber) {
        for (long n = 0; n <= maxNumber; n++) {
            if (sha256Hex(salt + n).equals(challenge)) {
                return n;
            }
        }
        return -1;
    }

    static String sha256Hex(String value) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmacHex(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
