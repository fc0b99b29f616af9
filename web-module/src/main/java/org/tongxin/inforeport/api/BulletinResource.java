package org.tongxin.inforeport.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.inforeport.application.BulletinDetails;
import org.tongxin.inforeport.application.BulletinService;
import org.tongxin.platform.kernel.Problem;

/** {@code /api/v1/bulletins}: bulletin issues of the caller's organisation, as JSON, PDF and .docx. */
@Tag(name = "Information reports")
@Path("/bulletins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    BulletinService bulletins;

    public record NewIssue(String title, String from, String to) {}

    @Operation(
            operationId = "publishBulletin",
            description =
                    "Publishes a bulletin of information reports; open to info editor. Refusals: 422 nothing-to-publish.",
            summary = "Publish a bulletin of information reports")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulletinDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(NewIssue body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(bulletins.publish(body.title(), date(body.from(), "from"), date(body.to(), "to")))
                .build();
    }

    @Operation(
            operationId = "listBulletins",
            description = "Lists published bulletins; open to info editors and leaders of the organisation.",
            summary = "List published bulletins")
    @GET
    public List<BulletinDetails> list() {
        return bulletins.bulletins();
    }

    @Operation(
            operationId = "getBulletin",
            description = "Reads one bulletin; open to info editors and leaders of the organisation.",
            summary = "Read one bulletin")
    @GET
    @Path("/{id:[0-9]+}")
    public BulletinDetails bulletin(@PathParam("id") long id) {
        return bulletins.bulletin(id);
    }

    @Operation(
            operationId = "getBulletinPdf",
            description = "Downloads a bulletin as PDF; open to info editors and leaders of the organisation.",
            summary = "Download a bulletin as PDF")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{id:[0-9]+}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(bulletins.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"bulletin-" + id + ".pdf\"")
                .build();
    }

    @Operation(
            operationId = "getBulletinDocx",
            description =
                    "Downloads a bulletin as Word document; open to info editors and leaders of the organisation.",
            summary = "Download a bulletin as Word document")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{id:[0-9]+}/docx")
    @Produces(DOCX)
    public Response docx(@PathParam("id") long id) {
        return Response.ok(bulletins.docx(id), DOCX)
                .header("Content-Disposition", "attachment; filename=\"bulletin-" + id + ".docx\"")
                .build();
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
