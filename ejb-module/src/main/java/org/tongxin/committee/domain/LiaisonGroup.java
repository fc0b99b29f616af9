package org.tongxin.committee.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/** 联络组: the members who keep in touch with one town or street, with a leader among them. */
@Entity
@Table(name = "cm_liaison_group")
public class LiaisonGroup implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_liaison_group_seq")
    @SequenceGenerator(name = "cm_liaison_group_seq", sequenceName = "cm_liaison_group_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "leader_id")
    private Long leaderId;

    @ElementCollection
    @CollectionTable(name = "cm_liaison_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "member_id")
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected LiaisonGroup() {}

    public LiaisonGroup(Town town, String name) {
        this.organisationId = town.organisationId();
        this.townId = town.id();
        this.name = name;
    }

    public void add(Member m) {
        if (!m.organisationId().equals(organisationId)) {
            throw Problem.rule("other-organisation", "problem.liaison.other-organisation");
        }
        if (!memberIds.add(m.id())) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
    }

    public void remove(long memberId) {
        if (!memberIds.remove(memberId)) {
            throw Problem.notFound("member");
        }
        if (Long.valueOf(memberId).equals(leaderId)) {
            leaderId = null;
        }
    }

    public void lead(Member m) {
        if (!memberIds.contains(m.id())) {
            throw Problem.rule("not-in-group", "problem.liaison.leader");
        }
        this.leaderId = m.id();
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long townId() {
        return townId;
    }

    public String name() {
        return name;
    }

    public Long leaderId() {
        return leaderId;
    }

    public Set<Long> memberIds() {
        return Set.copyOf(memberIds);
    }
}
