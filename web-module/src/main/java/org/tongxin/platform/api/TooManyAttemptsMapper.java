package org.tongxin.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.tongxin.platform.application.TooManyAttempts;
import org.tongxin.platform.web.Texts;

/** A password check refused for want of a hashing permit (a password change): 429 with Retry-After. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttempts> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyAttempts refusal) {
        Response problem = ProblemResponses.of(
                429, refusal.code(), Texts.get(ProblemResponses.locale(headers), refusal.messageKey()), Map.of());
        return Response.fromResponse(problem)
                .header("Retry-After", refusal.retryAfterSeconds())
                .build();
    }
}
