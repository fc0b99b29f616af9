package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.CallerDetails;
import org.tongxin.platform.kernel.Problem;

/** GET /api/v1/me: the caller's username, display name, organisation and roles. */
@Tag(name = "Platform")
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    AccountService accounts;

    @EJB
    org.tongxin.platform.application.SecondFactorService secondFactor;

    /** The body of POST /api/v1/me/second-factor/confirm. */
    public record Code(String code) {}

    /**
     * Starts the enrolment of a second factor: a fresh secret ({@code secret}, Base32, and {@code uri}, the
     * otpauth URI an authenticator app reads from a QR code); 409 when one is enrolled already.
     */
    @Operation(
            operationId = "offerSecondFactor",
            description =
                    "Starts the caller's second-factor enrolment with a fresh TOTP secret and its otpauth URI, replacing one offered before and not confirmed; open to anyone signed in. Refusals: 409 second-factor-enrolled when one is enrolled.",
            summary = "Start enrolling a second factor (new secret)")
    @POST
    @Path("/second-factor")
    public org.tongxin.platform.application.SecondFactorService.Offer offerSecondFactor() {
        return secondFactor.offer();
    }

    /** Confirms the enrolment with a first code: {@code {"recoveryCodes": [ten codes]}}, shown this once. */
    @Operation(
            operationId = "confirmSecondFactor",
            description =
                    "Confirms the caller's second-factor enrolment with a first code and answers ten recovery codes, shown this once; open to anyone signed in who was offered a secret. Refusals: 422 second-factor-invalid for a wrong code.",
            summary = "Confirm second-factor enrolment with a code")
    @POST
    @Path("/second-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> confirmSecondFactor(Code body) {
        return java.util.Map.of("recoveryCodes", secondFactor.confirm(body == null ? null : body.code()));
    }

    /** The body of POST /api/v1/me/password. */
    @Schema(requiredProperties = {"currentPassword", "newPassword"})
    public record PasswordChange(String currentPassword, String newPassword) {}

    @Operation(
            operationId = "getMe",
            description =
                    "Reads the signed-in caller; open to anyone signed in (also an account without a role, which reads nothing else but its notifications and changes its password).",
            summary = "Read the signed-in caller")
    @GET
    public CallerDetails me() {
        return accounts.me();
    }

    /** Changes the caller's own password: 204, or 422 naming the broken rule. */
    @Operation(
            operationId = "changeMyPassword",
            description = "Changes the caller's own password; open to anyone signed in. Refusals: 422 wrong-password.",
            summary = "Change the caller's own password")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        accounts.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
