package org.factiongraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id, written in the PHC string format that records the parameters and the salt:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64). The defaults are OWASP's minimum
 * recommendation for Argon2id (19 MiB, 2 passes, 1 lane). Verification reads the parameters from the string, so
 * stronger settings later still verify old hashes; it compares in constant time and refuses parameters beyond
 * sane bounds (a tampered row must not make a login take minutes). Also the SHA-256 of session ids and API tokens,
 * and random secrets. Stateless and thread-safe.
 */
public final class PasswordHash {

    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Passwords longer than this are refused: hashing megabytes on every login attempt is a denial of service. */
    public static final int MAX_PASSWORD_LENGTH = 1024;
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Hashed when the user does not exist, so that a login for an unknown name takes as long as a wrong password. */
    private static final String DUMMY = hash("not a real password, only for equal timing");

    private PasswordHash() {
    }

    /** A new Argon2id hash of {@code password} with a fresh random salt, in PHC form. */
    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] h = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(h);
    }

    /**
     * True when {@code password} matches {@code encoded}. An {@code encoded} that is null or not a well-formed
     * Argon2id string within bounds matches nothing (and still costs one hash, for equal timing).
     */
    public static boolean verify(String password, String encoded) {
        if (password == null) {
            password = "";
        }
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) {
            verify(password, DUMMY);
            return false;
        }
        int mem = Integer.parseInt(m.group(1));
        int t = Integer.parseInt(m.group(2));
        int p = Integer.parseInt(m.group(3));
        if (mem < 8 * p || mem > 262_144 || t < 1 || t > 10 || p < 1 || p > 8
                || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = argon2(password, salt, mem, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification; for a login whose user does not exist. */
    static void burn(String password) {
        verify(password, DUMMY);
    }

    /**
     * Checks a new password: at least {@value #MIN_PASSWORD_LENGTH} and at most {@value #MAX_PASSWORD_LENGTH}
     * characters; refused with an {@link AccountException} (invalid) otherwise.
     */
    public static void checkNew(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountException(AccountException.Reason.INVALID,
                    "the password must have at most " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    /** A new random secret of 256 bits, URL-safe base64 without padding (43 characters), after {@code prefix}. */
    public static String newSecret(String prefix) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The SHA-256 of {@code secret} (UTF-8) in lower-case hex: how session ids and API tokens are stored. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares two strings in time that depends only on their lengths. */
    public static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] argon2(String password, byte[] salt, int memKib, int iterations, int lanes, int len) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memKib).withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[len];
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        try {
            gen.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }
}
