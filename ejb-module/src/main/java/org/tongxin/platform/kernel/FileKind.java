package org.tongxin.platform.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes and not by its name: PDF, PNG, JPEG, GIF, Office Open XML
 * (a zip with {@code [Content_Types].xml}) or the older Office compound format. Anything else is refused.
 */
public enum FileKind {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg", ".jpeg"),
    GIF("image/gif", ".gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    DOC("application/msword", ".doc"),
    XLS("application/vnd.ms-excel", ".xls"),
    PPT("application/vnd.ms-powerpoint", ".ppt");

    private final String contentType;
    private final String[] extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The kind of the content, if it is one the platform accepts and the name's extension agrees with it
     * (a zip named .docx must be an Office document, a PDF named .exe is refused).
     */
    public static Optional<FileKind> of(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Optional<FileKind> kind = sniff(content, name);
        return kind.filter(k -> {
            for (String e : k.extensions) {
                if (name.endsWith(e)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static Optional<FileKind> sniff(byte[] c, String name) {
        if (starts(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (starts(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(c, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(c, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (starts(c, new byte[] {'P', 'K', 3, 4}) && contains(c, "[Content_Types].xml")) {
            if (contains(c, "word/")) {
                return Optional.of(DOCX);
            }
            if (contains(c, "xl/")) {
                return Optional.of(XLSX);
            }
            if (contains(c, "ppt/")) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        if (starts(
                c, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })) {
            return name.endsWith(".xls")
                    ? Optional.of(XLS)
                    : name.endsWith(".ppt") ? Optional.of(PPT) : Optional.of(DOC);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] c, byte[] magic) {
        if (c == null || c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (c[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Zip entry names are stored in the local headers as plain bytes. */
    private static boolean contains(byte[] c, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + t.length <= c.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (c[i + j] != t[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
