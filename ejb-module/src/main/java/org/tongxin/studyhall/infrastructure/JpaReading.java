package org.tongxin.studyhall.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.BookingStatus;
import org.tongxin.studyhall.domain.GroupBook;
import org.tongxin.studyhall.domain.GroupMember;
import org.tongxin.studyhall.domain.NoteComment;
import org.tongxin.studyhall.domain.ReadingGroup;
import org.tongxin.studyhall.domain.ReadingNote;
import org.tongxin.studyhall.domain.ReadingRepository;
import org.tongxin.studyhall.domain.ReadingStar;
import org.tongxin.studyhall.domain.RegistrationStatus;

@ApplicationScoped
public class JpaReading implements ReadingRepository {

    @PersistenceContext(unitName = "tongxin")
    private EntityManager em;

    @Override
    public List<ReadingGroup> groups(String pathPattern) {
        return em.createQuery(
                        "select g from ReadingGroup g where g.organisationId in (select o.id from Organisation o where o.path like :p)"
                                + " order by g.createdAt desc, g.id desc",
                        ReadingGroup.class)
                .setParameter("p", pathPattern)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public List<ReadingGroup> groupsOf(long organisationId) {
        return em.createQuery(
                        "select g from ReadingGroup g where g.organisationId = :o order by g.name, g.id",
                        ReadingGroup.class)
                .setParameter("o", organisationId)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public Optional<ReadingGroup> group(long id) {
        return Optional.ofNullable(em.find(ReadingGroup.class, id));
    }

    @Override
    public void add(ReadingGroup group) {
        em.persist(group);
    }

    @Override
    public List<GroupMember> members(long groupId) {
        return em.createQuery(
                        "select m from GroupMember m where m.key.groupId = :g order by m.joinedAt, m.key.memberId",
                        GroupMember.class)
                .setParameter("g", groupId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> memberCounts(Collection<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!groupIds.isEmpty()) {
            em.createQuery(
                            "select m.key.groupId, count(m) from GroupMember m where m.key.groupId in :g group by m.key.groupId",
                            Object[].class)
                    .setParameter("g", groupIds)
                    .getResultList()
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    @Override
    public Optional<GroupMember> member(long groupId, long memberId) {
        return Optional.ofNullable(em.find(GroupMember.class, new GroupMember.Key(groupId, memberId)));
    }

    @Override
    public void add(GroupMember member) {
        em.persist(member);
    }

    @Override
    public void remove(GroupMember member) {
        em.remove(member);
    }

    @Override
    public List<GroupBook> books(long groupId) {
        return em.createQuery("select b from GroupBook b where b.groupId = :g order by b.id", GroupBook.class)
                .setParameter("g", groupId)
                .getResultList();
    }

    @Override
    public Optional<GroupBook> book(long id) {
        return Optional.ofNullable(em.find(GroupBook.class, id));
    }

    @Override
    public void add(GroupBook book) {
        em.persist(book);
    }

    @Override
    public List<ReadingNote> notes(long groupId) {
        return em.createQuery(
                        "select n from ReadingNote n where n.groupId = :g order by n.writtenAt desc, n.id desc",
                        ReadingNote.class)
                .setParameter("g", groupId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public Optional<ReadingNote> note(long id) {
        return Optional.ofNullable(em.find(ReadingNote.class, id));
    }

    @Override
    public void add(ReadingNote note) {
        em.persist(note);
    }

    @Override
    public List<NoteComment> comments(Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from NoteComment c where c.noteId in :n order by c.writtenAt, c.id",
                        NoteComment.class)
                .setParameter("n", noteIds)
                .getResultList();
    }

    @Override
    public void add(NoteComment comment) {
        em.persist(comment);
    }

    @Override
    public List<Activity> sessions(long groupId) {
        return em.createQuery(
                        "select a from Activity a, Booking b where b.id = a.bookingId and a.readingGroupId = :g order by b.startsAt desc",
                        Activity.class)
                .setParameter("g", groupId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> attendances(long organisationId, Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select r.memberId, count(r) from Registration r, Activity a, Booking b where a.id = r.activityId and b.id = a.bookingId"
                                + " and b.organisationId = :o and b.startsAt >= :from and b.startsAt < :to and r.status = :reg and r.checkedInAt is not null"
                                + " and b.status in :held group by r.memberId",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("reg", RegistrationStatus.REGISTERED)
                .setParameter("held", List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED))
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public Map<Long, Long> notesWritten(long organisationId, Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select n.memberId, count(n) from ReadingNote n, ReadingGroup g where g.id = n.groupId and g.organisationId = :o"
                                + " and n.writtenAt >= :from and n.writtenAt < :to group by n.memberId",
                        Object[].class)
                .setParameter("o", organisationId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public List<ReadingStar> stars(long organisationId, int year) {
        return em.createQuery(
                        "select s from ReadingStar s where s.organisationId = :o and s.year = :y order by s.id",
                        ReadingStar.class)
                .setParameter("o", organisationId)
                .setParameter("y", year)
                .getResultList();
    }

    @Override
    public Optional<ReadingStar> star(long organisationId, int year, long memberId) {
        return em.createQuery(
                        "select s from ReadingStar s where s.organisationId = :o and s.year = :y and s.memberId = :m",
                        ReadingStar.class)
                .setParameter("o", organisationId)
                .setParameter("y", year)
                .setParameter("m", memberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ReadingStar star) {
        em.persist(star);
    }

    @Override
    public void remove(ReadingStar star) {
        em.remove(star);
    }
}
