package org.tongxin.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.tongxin.platform.web.Texts;
import org.tongxin.platform.web.security.PasswordChangeGate;

/**
 * The API side of {@link PasswordChangeGate}: a caller who must change their password reaches only
 * {@code GET /api/v1/me} and {@code POST /api/v1/me/password}; anything else answers 403
 * {@code urn:tongxin:problem:password-change-required}. Inside the API (after the servlet filters),
 * so the answer carries the same headers as every other.
 */
@Provider
@PreMatching
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(PasswordChangeGate.ATTRIBUTE) != null && !PasswordChangeGate.allowed(request)) {
            context.abortWith(ProblemResponses.of(
                    403,
                    "password-change-required",
                    Texts.get(ProblemResponses.locale(headers), "problem.password-change-required"),
                    Map.of()));
        }
    }
}
