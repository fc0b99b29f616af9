package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.SecurityPolicyService;
import org.tongxin.platform.kernel.Problem;

/**
 * /api/v1/security-policy/second-factor-roles: the roles whose holders must have a second factor besides
 * the three administrators (issue 15); read by anyone signed in, changed by the security administrator.
 */
@Tag(name = "Platform")
@Path("/security-policy/second-factor-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityPolicyResource {

    @EJB
    SecurityPolicyService policies;

    /** The body and answer: {@code {"roles": ["leader", …]}}. */
    @Schema(requiredProperties = {"roles"})
    public record Roles(List<String> roles) {}

    @Operation(
            operationId = "getSecondFactorRoles",
            description =
                    "Reads the business roles whose holders must have a second factor, besides the three administrators; open to anyone signed in.",
            summary = "Read the roles that require a second factor")
    @GET
    public Roles get() {
        return new Roles(policies.secondFactorRoles().stream().sorted().toList());
    }

    @Operation(
            operationId = "putSecondFactorRoles",
            description =
                    "Sets the business roles whose holders must have a second factor, besides the three administrators who always must; open to the security administrator only (others 403). Refusals: 422 unknown-role for a role that is not a business role or service.",
            summary = "Set the roles that require a second factor")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Roles put(Roles body) {
        if (body == null || body.roles() == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        policies.requireSecondFactorFor(new HashSet<>(body.roles()));
        return get();
    }
}
