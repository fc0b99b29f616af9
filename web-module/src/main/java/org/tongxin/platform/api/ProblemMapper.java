package org.tongxin.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/** A service's refusal as problem+json: 404, 403, 409 or 422 by its kind. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Problem problem) {
        Locale locale = ProblemResponses.locale(headers);
        int status = switch (problem.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case RULE -> 422;
        };
        Map<String, String> fields = new LinkedHashMap<>();
        problem.fieldKeys().forEach((field, key) -> fields.put(field, Texts.get(locale, key, problem.args())));
        String title = Texts.get(locale, problem.messageKey(), problem.args());
        return ProblemResponses.of(status, problem.code(), title, fields);
    }
}
