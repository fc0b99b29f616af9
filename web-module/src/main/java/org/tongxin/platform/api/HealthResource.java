package org.tongxin.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Jsonp;

/**
 * GET /api/v1/health/ready (no login): 200 with status UP while the database answers within two
 * seconds, else 503 with status DOWN, in the MicroProfile Health shape, for load balancers and probes.
 * WildFly's own /health/ready on the management port reports the server and the deployment; its
 * MicroProfile Health subsystem does not pick up health-check beans inside an EAR's modules, so the
 * database check lives here (docs/architecture.md).
 *
 * <p>GET /api/v1/health/live (no login, no database): 200 {"status":"UP"} while the application answers at all: the
 * liveness probe, and the benchmarks' baseline of a request that does nothing (issue 22).
 */
@Tag(name = "Platform")
@SecurityRequirementsSet // no login
@Path("/health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    private static final String LIVE =
            Jsonp.createObjectBuilder().add("status", "UP").build().toString();

    @Operation(
            operationId = "healthLive",
            description = "Livenesses probe; needs no login, no database.",
            summary = "Liveness probe")
    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public String live() {
        return LIVE;
    }

    @Operation(
            operationId = "healthReady",
            description = "Readinesses probe (database check); needs no login.",
            summary = "Readiness probe (database check)")
    @APIResponse(
            responseCode = "200",
            description = "The database answers: status UP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "503",
            description = "The database does not answer: status DOWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @GET
    @Path("/ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        boolean up;
        String detail;
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(2);
            detail = c.getMetaData().getDatabaseProductName();
        } catch (Exception e) {
            up = false;
            detail = "unreachable"; // the reason goes to the log, not to whoever asks
        }
        String status = up ? "UP" : "DOWN";
        String body = Jsonp.createObjectBuilder()
                .add("status", status)
                .add(
                        "checks",
                        Jsonp.createArrayBuilder()
                                .add(Jsonp.createObjectBuilder()
                                        .add("name", "database")
                                        .add("status", status)
                                        .add("data", Jsonp.createObjectBuilder().add("database", detail))))
                .build()
                .toString();
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
