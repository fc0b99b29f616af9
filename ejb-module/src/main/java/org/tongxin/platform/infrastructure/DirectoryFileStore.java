package org.tongxin.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tongxin.platform.application.FileStore;
import org.tongxin.platform.application.PlatformSettings;

/**
 * Files in a directory ({@code TONGXIN_ATTACHMENT_DIR}, default {@code <server data dir>/tongxin/attachments}),
 * two levels of folders by the digest's first characters. Written to a temporary file and moved into
 * place, so a reader never sees half a file; a file already there is the same content.
 */
@ApplicationScoped
public class DirectoryFileStore implements FileStore {

    private Path root() {
        String configured = PlatformSettings.get("tongxin.attachment-dir").orElse(null);
        if (configured != null) {
            return Path.of(configured);
        }
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(data, "tongxin", "attachments");
    }

    @Override
    public String put(byte[] content) {
        String sha = sha256(content);
        Path target = path(sha);
        try {
            if (Files.exists(target)) {
                return sha;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a digest");
        }
        return root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
