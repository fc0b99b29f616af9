package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.MailSettings;
import org.tongxin.platform.application.MailSettingsService;
import org.tongxin.platform.application.MailTopic;
import org.tongxin.platform.kernel.Problem;

/**
 * {@code /api/v1/me/notification-settings}: the caller's choice of the notifications that also come by e-mail, their
 * address and the language of their mail.
 */
@Tag(name = "Platform")
@Path("/me/notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @EJB
    MailSettingsService settings;

    /** The body of PUT: every field; {@code topics} empty or absent chooses none. */
    public record Choice(String email, String language, Set<MailTopic> topics) {}

    @Operation(
            operationId = "getMyNotificationSettings",
            description = "Reads the caller's e-mail notification settings; open to signed in (one's own only).",
            summary = "Read the caller's e-mail notification settings")
    @GET
    public MailSettings mine() {
        return settings.mine();
    }

    /** Saves the choices: 200 with them, or 422 naming the field in error ({@code email}, {@code language}). */
    @Operation(
            operationId = "saveMyNotificationSettings",
            description =
                    "Saves the caller's e-mail notification settings; open to signed in (one's own only). Refusals: 422 invalid-email, required, invalid-language; 400.",
            summary = "Save the caller's e-mail notification settings")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MailSettings save(Choice body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return settings.saveMine(body.email(), body.language(), body.topics());
    }
}
