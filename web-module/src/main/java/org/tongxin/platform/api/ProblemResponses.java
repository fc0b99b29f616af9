package org.tongxin.platform.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.web.Texts;

/** Builds application/problem+json answers: a stable type, a title in the caller's language, the fields in error. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private ProblemResponses() {}

    public static Locale locale(HttpHeaders headers) {
        return Texts.choose(java.util.Collections.enumeration(headers.getAcceptableLanguages()));
    }

    public static Response of(int status, String code, String title, Map<String, String> fields) {
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("type", "urn:tongxin:problem:" + code)
                .add("title", title)
                .add("status", status);
        if (!fields.isEmpty()) {
            JsonObjectBuilder f = Jsonp.createObjectBuilder();
            fields.forEach(f::add);
            body.add("fields", f);
        }
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(body.build().toString())
                .build();
    }
}
