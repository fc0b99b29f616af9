package org.tongxin.platform.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;

/**
 * A refusal a service reports to its caller: a stable code (the problem type), a message key in the
 * platform bundles with its arguments, and optionally the fields in error. The edges (pages, REST)
 * translate the key into the caller's language; the service never formats text.
 */
@ApplicationException(rollback = true)
public class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is; the REST edge maps it to a status code. */
    public enum Kind {
        /** The thing does not exist, or the caller may not know it exists (404). */
        NOT_FOUND,
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** The state or a slot does not allow it now (409). */
        CONFLICT,
        /** A business rule or a field is broken (422). */
        RULE
    }

    private final Kind kind;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final Map<String, String> fieldKeys;

    public Problem(Kind kind, String code, String messageKey, Object... args) {
        this(kind, code, messageKey, Map.of(), args);
    }

    public Problem(Kind kind, String code, String messageKey, Map<String, String> fieldKeys, Object... args) {
        super(code + ": " + messageKey + " " + List.of(args));
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.fieldKeys = Map.copyOf(fieldKeys);
    }

    /** Not found; {@code what} names the kind of thing ("organisation"), translated by the edges. */
    public static Problem notFound(String what) {
        return new Problem(Kind.NOT_FOUND, "not-found", "problem.not-found", "entity." + what);
    }

    public static Problem forbidden() {
        return new Problem(Kind.FORBIDDEN, "forbidden", "problem.forbidden");
    }

    public static Problem rule(String code, String messageKey, Object... args) {
        return new Problem(Kind.RULE, code, messageKey, args);
    }

    public static Problem conflict(String code, String messageKey, Object... args) {
        return new Problem(Kind.CONFLICT, code, messageKey, args);
    }

    /** A broken rule tied to one field of the input. */
    public static Problem field(String field, String code, String messageKey, Object... args) {
        return new Problem(Kind.RULE, code, messageKey, Map.of(field, messageKey), args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** Field name to message key, for validation problems. */
    public Map<String, String> fieldKeys() {
        return fieldKeys;
    }
}
