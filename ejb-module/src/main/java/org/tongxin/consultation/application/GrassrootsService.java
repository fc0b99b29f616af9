package org.tongxin.consultation.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.platform.kernel.Page;

/**
 * Grassroots consultation, "five parties, six steps" (五方六步). Office staff and leaders see the topics of their
 * organisation and those below; office staff collect topics of their own organisation's towns and take the steps of
 * their own organisation's topics; leaders read. A member sees the topics made from their own concerns and may propose
 * one from a concern of theirs when they belong to the liaison group of the concern's town. The meeting credits the
 * members present (GRASSROOTS_CONSULTATION) in the same transaction. Every step names the version it was taken on.
 */
@Local
public interface GrassrootsService {

    /** A new topic: from a concern ({@code concernId}), a contact point ({@code pointId}) or typed for a town. */
    record NewTopic(Long concernId, Long townId, Long pointId, String title, String description, LocalDate collectedOn)
            implements java.io.Serializable {}

    /** The meeting as a request gives it: members by roster id, the four other parties by name, the result. */
    record MeetingTerms(
            List<Long> memberIds,
            List<String> partyBranch,
            List<String> property,
            List<String> police,
            List<String> residents,
            GrassrootsResult result,
            String reasons)
            implements java.io.Serializable {}

    /** What a step records (see docs/consultation.md): day, record; the meeting; the feedback and its day. */
    record StepTerms(LocalDate on, String record, MeetingTerms meeting, String feedback, LocalDate feedbackOn)
            implements java.io.Serializable {}

    /** A town of the caller's organisation a topic may be collected for, with its liaison group. */
    record TownChoice(long id, String name, String groupName) implements java.io.Serializable {}

    /** A member who may sit at a topic's meeting: of its organisation or of the one above it. */
    record MemberChoice(long id, String name, long organisationId, String organisationName)
            implements java.io.Serializable {}

    Page<GrassrootsSummary> topics(
            GrassrootsStep step, Long townId, GrassrootsResult result, LocalDate from, LocalDate to, Page.Request page);

    GrassrootsDetails topic(long id);

    GrassrootsDetails create(NewTopic topic);

    GrassrootsDetails take(long id, int version, GrassrootsStep step, StepTerms terms);

    /** The figures of the caller's organisation and those below it; {@code from}, {@code to} inclusive. */
    GrassrootsCounts counts(LocalDate from, LocalDate to);

    /** The live towns of the caller's organisation. */
    List<TownChoice> towns();

    /** Up to 20 members who may sit at the topic's meeting whose name contains {@code q}. */
    List<MemberChoice> attendees(long topicId, String q);

    /** Today in the caller's organisation. */
    LocalDate today();
}
