package org.tongxin.committee.application;

import java.time.LocalDate;

/**
 * A member as the roster lists them. {@code phone} and {@code birthDate} are personal data: they are
 * null unless the caller may see them (office staff and leaders of the organisation, or the member).
 */
public record MemberSummary(
        long id,
        long organisationId,
        String name,
        String gender,
        String party,
        Long sectorId,
        String sectorName,
        int term,
        String position,
        Long committeeId,
        String committeeName,
        String status,
        String workplace,
        String title,
        String phone,
        LocalDate birthDate)
        implements java.io.Serializable {

    /** By the member's id, which equal summaries share: cheap for JSON-B's cycle check (see {@code Page}). */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
