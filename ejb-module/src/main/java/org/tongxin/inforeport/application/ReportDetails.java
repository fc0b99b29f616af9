package org.tongxin.inforeport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A report with its text, authors, adoptions, instructions and the moves the caller may make now. */
public record ReportDetails(
        long id,
        String title,
        String body,
        List<String> proposals,
        String topic,
        String state,
        long organisationId,
        String organisationName,
        long currentOrganisationId,
        String currentOrganisationName,
        List<Author> authors,
        Instant createdAt,
        Instant submittedAt,
        List<Adoption> adoptions,
        List<Instruction> instructions,
        boolean mine,
        List<String> actions,
        int version,
        boolean combined,
        List<Long> sources,
        Long mergedInto,
        Delivery delivery,
        Origin receivedFrom,
        Source source)
        implements java.io.Serializable {

    public record Author(long memberId, String name, String role) implements java.io.Serializable {}

    public record Adoption(
            long organisationId, String organisationName, String level, Instant adoptedAt, boolean voided)
            implements java.io.Serializable {}

    public record Instruction(
            long id, String leaderName, String level, LocalDate givenOn, String text, String department, String result)
            implements java.io.Serializable {}

    /**
     * The contact point (联系点) a report comes from: {@code label} (town · point) as written; the point's
     * id and its town's liaison group (联络组) when the point is one of this deployment's.
     */
    public record Source(Long pointId, String label, Long liaisonGroupId, String liaisonGroupName)
            implements java.io.Serializable {}

    /**
     * A report on its way to a parent hosted by another deployment: {@code PENDING} ("delivery pending",
     * retried with back-off), {@code DELIVERED} (with the report's id there) or {@code REJECTED}.
     */
    public record Delivery(
            String status,
            String targetCode,
            String targetName,
            String baseUrl,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Long remoteReportId,
            Instant createdAt,
            Instant deliveredAt,
            Instant followedAt,
            List<RemoteCredit> earnedThere)
            implements java.io.Serializable {}

    /** Where a report received from another deployment came from. */
    public record Origin(
            String deployment,
            long reportId,
            String organisationCode,
            String organisationName,
            String authors,
            Instant receivedAt)
            implements java.io.Serializable {}

    /**
     * What a report forwarded to another deployment earned there, as read back from it and credited to the
     * authors here: {@code kind} ADOPTION (then {@code label} is the organisation) or INSTRUCTION (the leader).
     */
    public record RemoteCredit(
            String kind, String level, LocalDate occurredOn, String label, Instant recordedAt, boolean voided)
            implements java.io.Serializable {}
}
