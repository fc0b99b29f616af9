package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.web.Texts;

/** {@code /api/v1/notifications}: the caller's notifications, with their text in the caller's language. */
@Tag(name = "Platform")
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    NotificationService notifications;

    @Context
    HttpHeaders headers;

    public record Item(long id, Instant createdAt, String type, String text, String link, boolean read) {}

    public record Inbox(List<Item> items, long unread) {}

    @Operation(
            operationId = "getMyNotifications",
            description = "Reads the caller's notification inbox; open to signed in.",
            summary = "Read the caller's notification inbox")
    @GET
    public Inbox mine(@QueryParam("max") Integer max) {
        Locale locale = ProblemResponses.locale(headers);
        List<Item> items = notifications.mine(max == null ? 50 : max).stream()
                .map(n -> new Item(
                        n.id(),
                        n.createdAt(),
                        n.messageKey(),
                        Texts.get(locale, n.messageKey(), n.arguments().toArray()),
                        n.link(),
                        n.read()))
                .toList();
        return new Inbox(items, notifications.unread());
    }

    @Operation(
            operationId = "markNotificationRead",
            description =
                    "Marks one of the caller's notifications as read; open to anyone signed in. Refusals: 404 for a notification that is not the caller's.",
            summary = "Mark one notification as read")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @Operation(
            operationId = "markAllNotificationsRead",
            description =
                    "Marks all of the caller's notifications as read; open to anyone signed in, for their own notifications only.",
            summary = "Mark all of the caller's notifications as read")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("/read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
