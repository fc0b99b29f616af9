package org.tongxin.platform.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the few secrets the platform must be able to read back (the password a route signs in with at
 * another deployment): AES-256-GCM with a random nonce, the column's name as associated data (a sealed
 * value copied into another column does not open), stored as {@code v1:} and Base64. A database dump
 * alone does not give the password away.
 *
 * <p>The key: {@code TONGXIN_SECRET_KEY} (Base64 of 32 bytes; every node of a cluster needs the same), or else
 * a key file made on first use with owner-only permissions ({@code TONGXIN_SECRET_KEY_FILE}, default
 * {@code <server data dir>/tongxin/secret.key}; back it up with the database: without it the sealed
 * passwords must be entered again). A value stored before sealing existed is read as it is and sealed at
 * its next change.
 */
public final class SecretSeal {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static volatile SecretSeal node;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretSeal(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a secret key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** This node's seal (its key read once). */
    public static SecretSeal node() {
        SecretSeal s = node;
        if (s == null) {
            synchronized (SecretSeal.class) {
                s = node;
                if (s == null) {
                    s = new SecretSeal(nodeKey());
                    node = s;
                }
            }
        }
        return s;
    }

    public String seal(String plain, String purpose) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret; a value stored before sealing existed (no prefix) as it is. */
    public String open(String stored, String purpose) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a sealed secret does not open with this node's key (TONGXIN_SECRET_KEY or its key file):"
                            + " give the nodes the same key, or enter the secret again",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] nodeKey() {
        String configured = PlatformSettings.get("tongxin.secret-key").orElse(null);
        if (configured != null) {
            return Base64.getDecoder().decode(configured.strip());
        }
        Path file = PlatformSettings.get("tongxin.secret-key-file")
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "tongxin",
                        "secret.key"));
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(
                            file,
                            Base64.getEncoder().encode(fresh),
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(
                                file,
                                Set.of(
                                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
                    } catch (UnsupportedOperationException notPosix) {
                        // a file system without POSIX permissions: the data directory's own protection applies
                    }
                } catch (FileAlreadyExistsException another) {
                    // another thread or node made it first: read theirs
                }
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secret key file " + file, e);
        }
    }
}
