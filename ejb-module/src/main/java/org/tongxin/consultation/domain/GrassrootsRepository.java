package org.tongxin.consultation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Grassroots topics, always filtered in the database by the organisations a caller sees (a path pattern). */
public interface GrassrootsRepository {

    void add(GrassrootsTopic topic);

    /** The topic, if its organisation matches the path pattern. */
    Optional<GrassrootsTopic> topic(long id, String organisationPathPattern);

    /** Whether a concern already became a topic. */
    boolean concernTaken(long concernId);

    /**
     * What a list asks: the organisations (a path pattern), one step, one town, one result, the day collected from and
     * to, or only the topics of one author's concerns (a member's own); all optional but the pattern.
     */
    record Filter(
            String organisationPathPattern,
            GrassrootsStep step,
            Long townId,
            GrassrootsResult result,
            LocalDate from,
            LocalDate to,
            Long authorMemberId) {}

    /** A page of the list, the most recently collected first. */
    List<GrassrootsTopic> topics(Filter filter, int offset, int limit);

    long count(Filter filter);

    /**
     * Keeps the roll-ups of a topic that was at {@code from} (null for a new topic) and is now at its step: the tally
     * of topics by organisation and step, and the counts' figures by organisation and month for every step it passed
     * (collected otherwise than from the diary, topic set, meeting held, solved). Call it in the transaction that
     * creates or moves the topic, after the change is flushed.
     */
    void tally(GrassrootsTopic topic, GrassrootsStep from);

    /** The period's figures of the organisations matching the pattern (see {@link Counts}). */
    Counts counts(String organisationPathPattern, LocalDate from, LocalDate to);

    /**
     * Topics collected otherwise than from the diary (from a contact point or by the office), topics set (TOPIC taken),
     * meetings held (DELIBERATE taken) and those solved, each by the day of its step within the period.
     */
    record Counts(long collectedOtherwise, long topics, long consultations, long solved) {}

    void flush();
}
