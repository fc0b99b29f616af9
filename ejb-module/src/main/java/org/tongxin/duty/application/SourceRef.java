package org.tongxin.duty.application;

import java.util.regex.Pattern;
import org.tongxin.platform.kernel.Problem;

/**
 * Which record of which module an act of duty came from, e.g. {@code studyhall:activity:42} or
 * {@code inforeport:adoption:17:CITY}: the module, the kind of record and its key.
 */
public record SourceRef(String module, String kind, String key) implements java.io.Serializable {

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,76}");

    public SourceRef {
        if (module == null
                || kind == null
                || key == null
                || !PART.matcher(module).matches()
                || !PART.matcher(kind).matches()
                || !KEY.matcher(key).matches()) {
            throw Problem.field("source", "invalid-input", "problem.duty.source");
        }
    }

    public static SourceRef of(String module, String kind, Object key) {
        return new SourceRef(module, kind, String.valueOf(key));
    }

    public static SourceRef parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", 3);
        if (parts.length != 3) {
            throw Problem.field("source", "invalid-input", "problem.duty.source");
        }
        return new SourceRef(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return module + ":" + kind + ":" + key;
    }
}
