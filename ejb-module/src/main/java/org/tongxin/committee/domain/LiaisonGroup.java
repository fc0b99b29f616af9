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
import java.time.LocalDate;
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

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    /** The town while the group lasts, null once retired: one live group per town (a unique key). */
    @Column(name = "live_town_id")
    private Long liveTownId;

    @ElementCollection
    @CollectionTable(name = "cm_liaison_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "member_id")
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected LiaisonGroup() {}

    public LiaisonGroup(Town town, String name) {
        town.refuseRetired();
        this.organisationId = town.organisationId();
        this.townId = town.id();
        this.liveTownId = town.id();
        this.name = name;
    }

    public void add(Member m) {
        refuseRetired();
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

    /** The leader, who joins the group if not in it yet; null: no leader. */
    public void appoint(Member m) {
        refuseRetired();
        if (m == null) {
            leaderId = null;
            return;
        }
        if (!m.organisationId().equals(organisationId)) {
            throw Problem.field("leaderId", "other-organisation", "problem.liaison.other-organisation");
        }
        memberIds.add(m.id());
        leaderId = m.id();
    }

    /** The members, replaced as a whole (the import); the leader stays only if still among them. */
    public void members(java.util.Collection<Long> ids) {
        refuseRetired();
        memberIds.clear();
        memberIds.addAll(ids);
        if (leaderId != null && !memberIds.contains(leaderId)) {
            leaderId = null;
        }
    }

    /** A new name, or another live town of the same organisation (which must not have a live group). */
    public void change(String name, Town town) {
        refuseRetired();
        if (!town.id().equals(townId)) {
            if (!town.organisationId().equals(organisationId)) {
                throw Problem.field("townId", "other-organisation", "problem.liaison.other-organisation");
            }
            town.refuseRetired();
            this.townId = town.id();
            this.liveTownId = town.id();
        }
        this.name = name;
    }

    /** Retired on the day: its members and leader stay readable; it takes nothing new. */
    public void retire(LocalDate on) {
        refuseRetired();
        this.retiredOn = on;
        this.liveTownId = null;
    }

    public void refuseRetired() {
        if (retiredOn != null) {
            throw Problem.conflict("retired", "problem.liaison.retired", name);
        }
    }

    public boolean retired() {
        return retiredOn != null;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public int version() {
        return version;
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
