package org.tongxin.studyhall.domain;

import org.tongxin.platform.kernel.Problem;

/** Plain text typed by people: trimmed, required, bounded. Markup is kept as typed and shown as text. */
final class Texts {

    private Texts() {}

    static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw Problem.field(field, "required", "problem.required");
        }
        if (v.length() > max) {
            throw Problem.field(field, "too-long", "problem.text.too-long", max);
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }
}
