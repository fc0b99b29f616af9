package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.web.Texts;

/** A role check of a service refused the caller: 403, and a line in the audit trail. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @EJB
    AuditService audit;

    @Override
    public Response toResponse(EJBAccessException e) {
        audit.recordSecurityEvent(
                "ACCESS_DENIED",
                request.getRemoteUser(),
                org.tongxin.platform.kernel.Jsonp.createObjectBuilder()
                        .add("method", request.getMethod())
                        .add("path", request.getRequestURI())
                        .build()
                        .toString());
        return ProblemResponses.of(
                403, "forbidden", Texts.get(ProblemResponses.locale(headers), "problem.forbidden"), java.util.Map.of());
    }
}
