package org.tongxin.platform.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/ping: any signed-in caller, {@code {"pong":true}}, no query. The load harness's baseline:
 * the price of the login check and JAX-RS on this deployment, to which every other figure is compared.
 */
@Tag(name = "Platform")
@Path("/ping")
public class PingResource {

    public record Pong(boolean pong) {}

    @Operation(
            operationId = "ping",
            description =
                    "Checks the caller's credentials and does nothing else (the load benchmarks' baseline); open to anyone signed in. Refusals: 401 without valid credentials.",
            summary = "Check the credentials and do nothing else (load baseline)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return new Pong(true);
    }
}
