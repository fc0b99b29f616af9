package org.tongxin.committee.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberStatus;
import org.tongxin.platform.domain.Chunks;

/**
 * The roster as other contexts may read it without a caller: who the active members of an organisation
 * are, with their accounts. For system work (demo data, imports of other modules), never for pages: pages
 * go through {@link RosterService}, which checks who asks.
 */
@ApplicationScoped
public class MemberDirectory {

    /** A member as another context refers to one. */
    public record MemberRef(long id, Long accountId, String name, long organisationId) {
    }

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    public List<MemberRef> activeMembers(long organisationId) {
        return em.createQuery("select m from Member m where m.organisationId = :o and m.status = :s order by m.id", Member.class)
                .setParameter("o", organisationId).setParameter("s", MemberStatus.ACTIVE).getResultStream()
                .map(MemberDirectory::ref).toList();
    }

    public java.util.Optional<MemberRef> member(long id) {
        return java.util.Optional.ofNullable(em.find(Member.class, id)).map(MemberDirectory::ref);
    }

    /** Sector name and party code of each member given, for statistics of other contexts. */
    public java.util.Map<Long, String[]> sectorAndParty(java.util.Collection<Long> memberIds) {
        java.util.Map<Long, String[]> result = new java.util.HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds)) {
            em.createQuery("select m.id, s.name, m.party from Member m left join Sector s on s.id = m.sectorId where m.id in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(r -> result.put((Long) r[0], new String[] {(String) r[1], String.valueOf(r[2])}));
        }
        return result;
    }

    private static MemberRef ref(Member m) {
        return new MemberRef(m.id(), m.accountId(), m.name(), m.organisationId());
    }
}
