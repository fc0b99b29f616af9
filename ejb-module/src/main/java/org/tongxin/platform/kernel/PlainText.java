package org.tongxin.platform.kernel;

import java.util.regex.Pattern;

/**
 * What text the platform accepts. No control characters anywhere: C0 (NUL and the others) except tab,
 * carriage return and line feed in texts of several lines, DEL, C1, unpaired surrogates and the
 * noncharacters U+FFFE/U+FFFF. In titles, names and file names (one line) also no line breaks or tabs
 * and no bidirectional embedding, override or isolate characters (U+202A–U+202E, U+2066–U+2069), with
 * which {@code gpj.exe} can be shown as {@code exe.jpg}. The edges apply it to every input (the JSON
 * of the API, the inputs of the pages); services apply it to what reaches them otherwise (file names,
 * spreadsheet cells).
 */
public final class PlainText {

    /** Fields of the API whose names end like this are titles, names or file names. */
    private static final Pattern NAME_FIELD = Pattern.compile("(?i).*(title|name|filename|subject)");

    private PlainText() {}

    /** True when a field of this name is a title, a name or a file name ({@code title}, {@code displayName}, {@code fileName}…). */
    public static boolean nameField(String field) {
        return field != null && NAME_FIELD.matcher(field).matches();
    }

    /** The bundle key of what is wrong with the text, or null when it is acceptable. */
    public static String problem(String value, boolean name) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "problem.text.control";
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "problem.text.control";
            }
            if (c < 0x20) {
                if (name || c != '\t' && c != '\r' && c != '\n') {
                    return "problem.text.control";
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return "problem.text.control";
            } else if (name && (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')) {
                return "problem.text.bidi";
            }
        }
        return null;
    }

    /** Refuses (422, the field named) a text with control characters, or a name with bidirectional controls too. */
    public static String check(String field, String value, boolean name) {
        String key = problem(value, name);
        if (key != null) {
            throw Problem.field(field, "invalid-text", key);
        }
        return value;
    }
}
