package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.AccountDetails;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.NewAccount;
import org.tongxin.platform.application.PasswordHalf;
import org.tongxin.platform.application.PasswordReset;
import org.tongxin.platform.kernel.Page;

/** Accounts for the administrators and for provisioning tools of other systems. */
@Tag(name = "Platform")
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The body of PUT /api/v1/accounts/{id}/roles. */
    @Schema(requiredProperties = {"roles"})
    public record Roles(List<String> roles) {}

    /** The body of PUT /api/v1/accounts/{id}/department. */
    public record DepartmentLink(Long departmentId) {}

    @EJB
    AccountService accounts;

    @Operation(
            operationId = "searchAccounts",
            description = "Searches accounts; open to sys-admin, security-admin.",
            summary = "Search accounts")
    @GET
    public Page<AccountDetails> search(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return accounts.search(q, new Page.Request(page, size));
    }

    @Operation(
            operationId = "getAccount",
            description = "Reads one account; open to sys-admin, security-admin.",
            summary = "Read one account")
    @GET
    @Path("/{id}")
    public AccountDetails get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @Operation(
            operationId = "createAccount",
            description = "Creates an account with an initial password; open to sys-admin.",
            summary = "Create an account with an initial password")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount body) {
        AccountDetails created = accounts.create(body);
        return Response.created(URI.create(
                        org.tongxin.platform.application.PublicAddress.base() + "/api/v1/accounts/" + created.id()))
                .entity(created)
                .build();
    }

    @Operation(
            operationId = "assignAccountRoles",
            description = "Replaces an account's roles; open to security-admin.",
            summary = "Replace an account's roles")
    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountDetails assignRoles(@PathParam("id") long id, Roles body) {
        accounts.assignRoles(id, body == null || body.roles() == null ? Set.of() : Set.copyOf(body.roles()));
        return accounts.get(id);
    }

    /** The department a handling unit's login acts for (issue 18); {@code {"departmentId":null}} unlinks. */
    @Operation(
            operationId = "linkAccountDepartment",
            description =
                    "Links a handling-unit login to a government department; open to security-admin. Refusals: 422.",
            summary = "Link a handling-unit login to a government department")
    @PUT
    @Path("/{id}/department")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountDetails linkDepartment(@PathParam("id") long id, DepartmentLink body) {
        accounts.linkDepartment(id, body == null ? null : body.departmentId());
        return accounts.get(id);
    }

    @Operation(
            operationId = "disableAccount",
            description = "Disables an account; open to sys-admin.",
            summary = "Disable an account")
    @POST
    @Path("/{id}/disable")
    public AccountDetails disable(@PathParam("id") long id) {
        accounts.disable(id);
        return accounts.get(id);
    }

    @Operation(
            operationId = "enableAccount",
            description = "Enables an account; open to sys-admin.",
            summary = "Enable an account")
    @POST
    @Path("/{id}/enable")
    public AccountDetails enable(@PathParam("id") long id) {
        accounts.enable(id);
        return accounts.get(id);
    }

    /**
     * POST /api/v1/accounts/{id}/password-reset (sys-admin): an ordinary account → 200
     * {"temporaryPassword"}; an account holding an administrator role → 202 {"request":{...}}, no
     * password: it takes effect when another administrator approves.
     */
    @Operation(
            operationId = "resetAccountPassword",
            description =
                    "Resets an account's password (dual control for administrators); open to sys-admin (not for oneself: 422 self-reset). Refusals: 422 self-reset.",
            summary = "Reset an account's password (dual control for administrators)")
    @APIResponse(
            responseCode = "200",
            description = "An ordinary account: the one-time password, shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "temporaryPassword",
                                                            type = SchemaType.STRING))))
    @APIResponse(
            responseCode = "202",
            description = "An administrator account: the reset request, waiting for a second administrator",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            properties = @SchemaProperty(name = "request", type = SchemaType.OBJECT))))
    @POST
    @Path("/{id}/password-reset")
    public Response resetPassword(@PathParam("id") long id) {
        PasswordReset reset = accounts.resetPassword(id);
        if (reset.awaitsApproval()) {
            return Response.accepted(Map.of("request", reset.request())).build();
        }
        return Response.ok(Map.of("temporaryPassword", reset.temporaryPassword()))
                .build();
    }

    /** POST /api/v1/accounts/{id}/password-reset/approve: 200 {"request":{...},"passwordHalf","half":2}. */
    @Operation(
            operationId = "approvePasswordReset",
            description =
                    "Approves a pending dual-controlled password reset; open to security-admin; for an account holding security-admin, also audit-admin; never the requester nor the account's owner (403 own-reset-request). Refusals: 409 no-reset-request; 403 own-reset-request.",
            summary = "Approve a pending dual-controlled password reset")
    @POST
    @Path("/{id}/password-reset/approve")
    public Map<String, Object> approvePasswordReset(@PathParam("id") long id) {
        return halfBody(accounts.approvePasswordReset(id));
    }

    /**
     * GET /api/v1/accounts/{id}/password-reset: the latest dual-controlled reset; the requester gets
     * "passwordHalf" (half 1) once after approval.
     */
    @Operation(
            operationId = "getPasswordReset",
            description =
                    "Reads an account's pending or approved password reset; open to sys-admin, security-admin, audit-admin. Refusals: 404.",
            summary = "Read an account's pending or approved password reset")
    @GET
    @Path("/{id}/password-reset")
    public Map<String, Object> passwordReset(@PathParam("id") long id) {
        return halfBody(accounts.passwordReset(id));
    }

    private static Map<String, Object> halfBody(PasswordHalf half) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request", half.request());
        if (half.passwordHalf() != null) {
            body.put("passwordHalf", half.passwordHalf());
            body.put("half", half.half());
        }
        return body;
    }

    @Operation(
            operationId = "unlockAccount",
            description = "Unlocks a locked account; open to sys-admin and security-admin.",
            summary = "Unlock a locked account")
    @POST
    @Path("/{id}/unlock")
    public AccountDetails unlock(@PathParam("id") long id) {
        accounts.unlock(id);
        return accounts.get(id);
    }

    @EJB
    org.tongxin.platform.application.SecondFactorService secondFactor;

    /**
     * Resets the account's second factor (a lost device): {@code {"reset": true}}; for a security
     * administrator the first administrator's call only asks ({@code {"reset": false}}) and a second one's
     * completes it.
     */
    @Operation(
            operationId = "resetAccountSecondFactor",
            description =
                    "Resets the second factor of an account that lost its device, which enrols again at its next login; open to the security administrator, never for their own account (422 self-reset). A security administrator's reset needs a second administrator to complete it; other callers 403.",
            summary = "Reset an account's second factor")
    @POST
    @Path("/{id}/second-factor/reset")
    public Map<String, Object> resetSecondFactor(@PathParam("id") long id) {
        return Map.of("reset", secondFactor.reset(id));
    }
}
