package org.tongxin.inforeport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reports as pages and the API show them. */
public final class ReportViews {

    private ReportViews() {
    }

    public record Author(long memberId, String name, String role) {
    }

    public record Adoption(long organisationId, String organisationName, String level, Instant adoptedAt, boolean voided) {
    }

    public record Instruction(long id, String leaderName, String level, LocalDate givenOn, String text, String department, String result) {
    }

    /** A report in a list. */
    public record Summary(long id, String title, String topic, String state, long organisationId, String organisationName,
            long currentOrganisationId, String currentOrganisationName, String firstAuthor, Instant submittedAt, Instant updatedAt) {
    }

    /** A report like one being written; {@code visible}: the reader may open it. */
    public record Similar(long id, String title, String state, String organisationName, Instant updatedAt, boolean visible) {
    }

    /** A report with its text, authors, adoptions, instructions and the moves the caller may make now. */
    public record Detail(long id, String title, String body, List<String> proposals, String topic, String state, long organisationId,
            String organisationName, long currentOrganisationId, String currentOrganisationName, List<Author> authors, Instant createdAt,
            Instant submittedAt, List<Adoption> adoptions, List<Instruction> instructions, boolean mine, List<String> actions,
            int version, boolean combined, List<Long> sources, Long mergedInto, DeliveryView delivery, Origin receivedFrom,
            Source source) {
    }

    /**
     * The contact point (联系点) a report comes from: {@code label} (town · point) as written; the point's
     * id and its town's liaison group (联络组) when the point is one of this deployment's.
     */
    public record Source(Long pointId, String label, Long liaisonGroupId, String liaisonGroupName) {
    }

    /**
     * A report on its way to a parent hosted by another deployment: {@code PENDING} ("delivery pending",
     * retried with back-off), {@code DELIVERED} (with the report's id there) or {@code REJECTED}.
     */
    public record DeliveryView(String status, String targetCode, String targetName, String baseUrl, int attempts, Instant nextAttemptAt,
            String lastError, Long remoteReportId, Instant createdAt, Instant deliveredAt, Instant followedAt, List<RemoteCredit> earnedThere) {
    }

    /** Where a report received from another deployment came from. */
    public record Origin(String deployment, long reportId, String organisationCode, String organisationName, String authors,
            Instant receivedAt) {
    }

    /** A route to a parent hosted by another deployment (its secret is never shown). */
    public record RouteView(long organisationId, String organisationName, String baseUrl, String username, String targetCode,
            String targetName, Instant updatedAt, String updatedBy) {
    }

    /** What another deployment is answered when it forwards a report. */
    /**
     * What became of a received report on this deployment, for the deployment that sent it: its state, the
     * adoptions along its path here (by organisation code; {@code level} COUNTY, CITY or PROVINCE) and the
     * leaders' instructions on it.
     */
    public record Progress(long id, String state, List<ProgressAdoption> adoptions, List<ProgressInstruction> instructions) {
    }

    public record ProgressAdoption(String organisationCode, String organisationName, String level, Instant adoptedAt, boolean voided) {
    }

    public record ProgressInstruction(long id, String level, LocalDate givenOn, String leaderName) {
    }

    /**
     * What a report forwarded to another deployment earned there, as read back from it and credited to the
     * authors here: {@code kind} ADOPTION (then {@code label} is the organisation) or INSTRUCTION (the leader).
     */
    public record RemoteCredit(String kind, String level, LocalDate occurredOn, String label, Instant recordedAt, boolean voided) {
    }

    public record Received(long id, String state, boolean duplicate) {
    }

    /** One step of the path. */
    public record Step(Instant at, long organisationId, String organisationName, String action, String from, String to, String actor,
            String actorName, String note) {
    }

    /** A line of the differences between what the author wrote last and the text as it stands. */
    public record DiffLine(String kind, String text) {
    }

    public record Topic(String code, String nameZh, String nameEn) {
    }

    public record AttachmentInfo(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
    }

    /** A file to hand out: its name, its checked type and its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }
}
