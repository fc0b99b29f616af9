package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.AuditEntryRow;
import org.tongxin.platform.application.AuditQuery;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.kernel.Page;

/** GET /api/v1/audit: the audit trail for the audit administrator (and for audit tools of other systems). */
@Tag(name = "Platform")
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditService audit;

    @Operation(
            operationId = "searchAudit",
            description = "Searches the audit trail; open to audit-admin.",
            summary = "Search the audit trail")
    @GET
    public Page<AuditEntryRow> search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("entityType") String entityType,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return audit.search(new AuditQuery(null, null, actor, action, entityType), new Page.Request(page, size));
    }
}
