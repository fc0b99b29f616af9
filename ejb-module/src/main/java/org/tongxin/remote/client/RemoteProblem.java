package org.tongxin.remote.client;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A request the platform refused for a reason of its own, as the REST API answers it with a problem: {@code kind}
 * ({@code NOT_FOUND}, {@code CONFLICT}, {@code RULE}, {@code FIELD}, {@code FORBIDDEN} …), the problem's {@code type}
 * ({@code urn:tongxin:problem:<code>}, the same codes as the API, docs/api.md) and the fields in error. Nothing was
 * changed. A caller without the facade's role gets {@link jakarta.ejb.EJBAccessException} instead.
 */
@ApplicationException(rollback = true)
public class RemoteProblem extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String type;
    private final List<String> fields;

    public RemoteProblem(String kind, String code, List<String> fields) {
        super(kind + " urn:tongxin:problem:" + code + (fields.isEmpty() ? "" : " " + fields));
        this.kind = kind;
        this.type = "urn:tongxin:problem:" + code;
        this.fields = List.copyOf(fields);
    }

    public String kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    /** The code at the end of {@link #type()}: {@code not-found}, {@code invalid-input} … */
    public String code() {
        return type.substring("urn:tongxin:problem:".length());
    }

    public List<String> fields() {
        return fields;
    }
}
