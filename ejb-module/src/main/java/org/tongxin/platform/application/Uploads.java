package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.PlainText;
import org.tongxin.platform.kernel.Problem;

/**
 * The checks every uploaded file passes before the {@link FileStore} keeps it, whichever context takes it (report
 * attachments, research documents): a name as typed (its last part, no control characters), not empty, at most {@code
 * TONGXIN_ATTACHMENT_MAX_BYTES}, and a {@link FileKind} judged by the content that agrees with the name's extension.
 */
@ApplicationScoped
public class Uploads {

    /** A file that passed: its safe name and its kind. */
    public record Checked(String name, FileKind kind) implements java.io.Serializable {}

    /** The largest file accepted, in bytes ({@code TONGXIN_ATTACHMENT_MAX_BYTES}, default 20 MB). */
    public static long maxBytes() {
        return PlatformSettings.get("tongxin.attachment-max-bytes")
                .map(Long::parseLong)
                .orElse(20L * 1024 * 1024);
    }

    /** Refused with {@code 422} on field {@code file}: file-name, file-empty, file-too-large, file-type. */
    public Checked check(String fileName, byte[] content) {
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw Problem.field("file", "file-empty", "problem.attachment.empty");
        }
        long max = maxBytes();
        if (content.length > max) {
            throw Problem.field("file", "file-too-large", "problem.attachment.too-large", max / (1024 * 1024));
        }
        FileKind kind = FileKind.of(content, name)
                .orElseThrow(() -> Problem.field("file", "file-type", "problem.attachment.type"));
        return new Checked(name, kind);
    }

    /** The last part of a name as typed, without control characters or separators, at most 200 characters. */
    public static String safeName(String fileName) {
        // control and bidirectional override characters are refused, not quietly replaced: "gpj.exe" shown as "exe.jpg"
        PlainText.check("file", fileName, true);
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "_")
                .strip();
        if (n.isEmpty()) {
            throw Problem.field("file", "file-name", "problem.attachment.name");
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
