package org.tongxin.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.kernel.Chunks;

/**
 * The roster as other contexts may read it without a caller: who the active members of an organisation
 * are, with their accounts. For system work (demo data, imports of other modules), never for pages: pages
 * go through {@link RosterService}, which checks who asks.
 */
@ApplicationScoped
public class MemberDirectory {

    /** A member as another context refers to one. */
    public record MemberRef(long id, Long accountId, String name, long organisationId)
            implements java.io.Serializable {}

    /**
     * A contact point (联系点) as another context refers to one: its town and the town's liaison group
     * (none when the town has no group yet). {@code label} is what a report shows as its source.
     */
    public record PointRef(
            long id, String name, long organisationId, long townId, String townName, Long groupId, String groupName)
            implements java.io.Serializable {
        public String label() {
            return townName + " · " + name;
        }
    }

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    /** The contact points a member is assigned to now (fixed first). */
    public List<PointRef> pointsOf(long memberId) {
        List<Long> ids = em.createQuery(
                        "select a.pointId from PointAssignment a where a.memberId = :m and a.until is null"
                                + " order by a.fixed desc, a.id",
                        Long.class)
                .setParameter("m", memberId)
                .getResultList();
        Map<Long, PointRef> found = points(ids);
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The contact point, if the member is assigned to it now. */
    public java.util.Optional<PointRef> assignedPoint(long memberId, long pointId) {
        return pointsOf(memberId).stream().filter(p -> p.id() == pointId).findFirst();
    }

    /** The contact points of the ids given (unknown ids are left out). */
    public Map<Long, PointRef> points(java.util.Collection<Long> pointIds) {
        Map<Long, PointRef> result = new java.util.HashMap<>();
        for (List<Long> chunk : Chunks.of(pointIds)) {
            em.createQuery(
                            "select p.id, p.name, p.organisationId, t.id, t.name, g.id, g.name from ContactPoint p"
                                    + " join Town t on t.id = p.townId left join LiaisonGroup g on g.townId = t.id where p.id in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> result.put(
                            (Long) r[0],
                            new PointRef(
                                    (Long) r[0],
                                    (String) r[1],
                                    (Long) r[2],
                                    (Long) r[3],
                                    (String) r[4],
                                    (Long) r[5],
                                    (String) r[6])));
        }
        return result;
    }

    public List<MemberRef> activeMembers(long organisationId) {
        return em.createQuery(
                        "select m from Member m where m.organisationId = :o and m.status = :s order by m.id",
                        Member.class)
                .setParameter("o", organisationId)
                .setParameter("s", MemberStatus.ACTIVE)
                .getResultStream()
                .map(MemberDirectory::ref)
                .toList();
    }

    public java.util.Optional<MemberRef> member(long id) {
        return java.util.Optional.ofNullable(em.find(Member.class, id)).map(MemberDirectory::ref);
    }

    /** Sector name and party code of each member given, for statistics of other contexts. */
    public java.util.Map<Long, String[]> sectorAndParty(java.util.Collection<Long> memberIds) {
        java.util.Map<Long, String[]> result = new java.util.HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds)) {
            em.createQuery(
                            "select m.id, s.name, m.party from Member m left join Sector s on s.id = m.sectorId where m.id in :ids",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> result.put((Long) r[0], new String[] {(String) r[1], String.valueOf(r[2])}));
        }
        return result;
    }

    /** The member that belongs to an account, if any. */
    public java.util.Optional<MemberRef> ofAccount(long accountId) {
        return members.byAccount(accountId).map(MemberDirectory::ref);
    }

    /** Names of the members given, whatever their status, by id (unknown ids are left out). */
    public Map<Long, String> names(java.util.Collection<Long> memberIds) {
        Map<Long, String> result = new java.util.HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds)) {
            em.createQuery("select m.id, m.name from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> result.put((Long) r[0], (String) r[1]));
        }
        return result;
    }

    /** Names of an organisation's active members, by id. */
    public Map<Long, String> activeNames(long organisationId) {
        return members.activeNames(organisationId);
    }

    /** Names of the special committees given, by id (unknown ids are left out). */
    public Map<Long, String> committeeNames(java.util.Collection<Long> ids) {
        return committees.committeeNames(ids);
    }

    /** The special committees of one organisation, name by id, in the order they were made (demo data of other contexts). */
    public Map<Long, String> committeesOf(long organisationId) {
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        em.createQuery(
                        "select c.id, c.name from SpecialCommittee c where c.organisationId = :o order by c.id",
                        Object[].class)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(r -> result.put((Long) r[0], (String) r[1]));
        return result;
    }

    /** Names of the sectors given, by id (unknown ids are left out). */
    public Map<Long, String> sectorNames(java.util.Collection<Long> ids) {
        return committees.sectorNames(ids);
    }

    /** Every member of an organisation, whatever their status, in the order they were entered (demo data). */
    public List<MemberRef> everyMember(long organisationId) {
        return em.createQuery("select m from Member m where m.organisationId = :o order by m.id", Member.class)
                .setParameter("o", organisationId)
                .getResultStream()
                .map(MemberDirectory::ref)
                .toList();
    }

    /** The ids of an organisation's members who hold an office (any position but plain member). */
    public java.util.Set<Long> officeHolders(long organisationId) {
        return new java.util.HashSet<>(
                em.createQuery("select m.id from Member m where m.organisationId = :o and m.position <> :p", Long.class)
                        .setParameter("o", organisationId)
                        .setParameter("p", Position.MEMBER)
                        .getResultList());
    }

    private static MemberRef ref(Member m) {
        return new MemberRef(m.id(), m.accountId(), m.name(), m.organisationId());
    }
}
