package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.ReminderService;

/**
 * {@code POST /api/v1/reminders/send}: office staff send their organisation's reminders of today at once (the timer
 * sends them from 07:00 anyway); each reminder still goes out once. Answers {@code {"sent": n}}.
 */
@Tag(name = "Platform")
@Path("/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @EJB
    ReminderService reminders;

    @Operation(
            operationId = "sendReminders",
            description = "Sends today's reminders of the caller's organisation now; open to office staff.",
            summary = "Send today's reminders of the caller's organisation now")
    @POST
    @Path("/send")
    public Map<String, Integer> send() {
        return Map.of("sent", reminders.sendNow());
    }
}
