package org.tongxin.platform.kernel;

/** Escapes user text for a LIKE pattern, so that % and _ typed by a user match themselves. */
public final class Like {

    private Like() {}

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
