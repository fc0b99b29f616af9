package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.web.Texts;

/**
 * POST /api/v1/auth/token: HTTP Basic plus {@code {"code":"123456"}} (the code of the second factor; required
 * for accounts that have one, optional for others) gives an access token for {@code Authorization: Bearer}.
 * A missing, wrong or replayed code answers 401 (counted toward the lockout like a wrong password); an
 * account that must enrol first answers 403.
 */
@Tag(name = "Platform")
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @EJB
    SecondFactorService secondFactor;

    @Context
    HttpHeaders headers;

    /** The body: the code (or a recovery code). */
    public record TokenRequest(String code) {}

    /** The answer, as OAuth 2.0 names its fields. */
    public record TokenAnswer(String accessToken, String tokenType, long expiresIn) {}

    @Operation(
            operationId = "issueAccessToken",
            description =
                    "Issues an opaque bearer token after HTTP Basic and a second-factor code, for API clients of accounts with a second factor; open to anyone with a right password. Refusals: 401 second-factor-invalid, second-factor-replayed, login-locked; 403 second-factor-enrolment-required.",
            summary = "Issue a bearer access token (HTTP Basic plus second-factor code)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenAnswer.class)))
    @POST
    @Path("/token")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response token(TokenRequest body) {
        SecondFactorService.Token token = secondFactor.issueToken(body == null ? null : body.code());
        return switch (token.check()) {
            case ACCEPTED ->
                Response.ok(new TokenAnswer(token.accessToken(), "Bearer", token.expiresIn()))
                        .header("Cache-Control", "no-store")
                        .build();
            case MISSING -> unauthorized("second-factor-code-required", "problem.second-factor.code-required");
            case INVALID -> unauthorized("second-factor-invalid", "problem.second-factor.invalid");
            case REPLAYED -> unauthorized("second-factor-replayed", "problem.second-factor.replayed");
            case LOCKED -> unauthorized("login-locked", "problem.login.locked");
            case NOT_ENROLLED ->
                problem(
                        Response.Status.FORBIDDEN.getStatusCode(),
                        "second-factor-enrolment-required",
                        "problem.second-factor.enrolment-required");
        };
    }

    private Response unauthorized(String code, String key) {
        return Response.fromResponse(problem(401, code, key))
                .header("WWW-Authenticate", "Basic realm=\"tongxin\", charset=\"UTF-8\"")
                .build();
    }

    private Response problem(int status, String code, String key) {
        return ProblemResponses.of(status, code, Texts.get(ProblemResponses.locale(headers), key), Map.of());
    }
}
