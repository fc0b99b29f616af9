package org.tongxin.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/**
 * Everything else: JAX-RS errors keep their status, broken constraints answer 422 with the fields,
 * a problem or refusal wrapped by the EJB container is unwrapped, and anything unexpected answers 500
 * without a stack trace (which goes to the log).
 */
@Provider
public class UnexpectedMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        Locale locale = ProblemResponses.locale(headers);
        Throwable cause = error;
        while (cause.getCause() != null
                && !(cause instanceof Problem)
                && !(cause instanceof ConstraintViolationException)
                && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        if (cause instanceof Problem p) {
            ProblemMapper mapper = new ProblemMapper();
            mapper.headers = headers;
            return mapper.toResponse(p);
        }
        if (cause instanceof EJBAccessException) {
            return ProblemResponses.of(403, "forbidden", Texts.get(locale, "problem.forbidden"), Map.of());
        }
        if (cause instanceof ConstraintViolationException cve) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                String template = v.getMessageTemplate();
                String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : null;
                fields.put(field, key == null ? v.getMessage() : Texts.get(locale, key));
            }
            return ProblemResponses.of(422, "invalid-input", Texts.get(locale, "problem.invalid-input"), fields);
        }
        if (error instanceof jakarta.ws.rs.ProcessingException) {
            return ProblemResponses.of(400, "bad-request", Texts.get(locale, "problem.bad-request"), Map.of());
        }
        String param = unreadableParameter(error);
        if (param != null) {
            return ProblemResponses.of(
                    422,
                    "invalid-input",
                    Texts.get(locale, "problem.invalid-input"),
                    Map.of(param, Texts.get(locale, "problem.param.invalid")));
        }
        if (error instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "bad-request";
                case 401 -> "unauthenticated";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "http-" + status;
            };
            String key =
                    status == 404 ? "problem.no-such-resource" : status == 400 ? "problem.bad-request" : "problem.http";
            return ProblemResponses.of(status, code, Texts.get(locale, key, status), Map.of());
        }
        if (org.tongxin.platform.web.DatabaseDown.in(error)) {
            LOG.log(Level.WARNING, "the database is out of reach: {0}", String.valueOf(error));
            return Response.fromResponse(ProblemResponses.of(
                            503, "service-unavailable", Texts.get(locale, "problem.unavailable"), Map.of()))
                    .header("Retry-After", org.tongxin.platform.web.DatabaseDown.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.log(Level.SEVERE, "unexpected error in the API", error);
        return ProblemResponses.of(500, "internal", Texts.get(locale, "problem.internal"), Map.of());
    }

    private static final java.util.regex.Pattern PARAM = java.util.regex.Pattern.compile(
            "(?:QueryParam|HeaderParam|FormParam|CookieParam)\\(\"([A-Za-z0-9_.-]{1,60})\"\\)");

    /**
     * The name of a query, header or form parameter the runtime could not convert ({@code page=abc}), or
     * null (a path that does not convert stays a 404: no such resource).
     * RESTEasy answers those with a 404 or 400 that carries the conversion's exception as its cause and
     * names the parameter in its message (never shown to the caller).
     */
    static String unreadableParameter(Throwable error) {
        if (!(error instanceof jakarta.ws.rs.NotFoundException || error instanceof jakarta.ws.rs.BadRequestException)
                || error.getCause() == null
                || error.getMessage() == null) {
            return null;
        }
        java.util.regex.Matcher m = PARAM.matcher(error.getMessage());
        return m.find() ? m.group(1) : null;
    }
}
