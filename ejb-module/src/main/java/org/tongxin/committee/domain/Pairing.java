package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * 结对: a CPC member paired with a non-CPC member of the same organisation from a date on, until it
 * ends. A CPC member has at most two partners at a time, a non-CPC member at most one CPC partner.
 */
@Entity
@Table(name = "cm_pairing")
public class Pairing implements OrganisationOwned {

    /** How many partners a CPC member may have at once. */
    public static final int MAX_PARTNERS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_pairing_seq")
    @SequenceGenerator(name = "cm_pairing_seq", sequenceName = "cm_pairing_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "cpc_member_id", nullable = false, updatable = false)
    private Long cpcMemberId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "cpc_slot", nullable = false, updatable = false)
    private int cpcSlot;

    @Column(name = "cpc_live", length = 40)
    private String cpcLive;

    @Column(name = "partner_live")
    private Long partnerLive;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected Pairing() {}

    private Pairing(Member cpc, Member partner, int slot, LocalDate on, String by, Instant at) {
        this.organisationId = cpc.organisationId();
        this.cpcMemberId = cpc.id();
        this.partnerId = partner.id();
        this.cpcSlot = slot;
        this.startedOn = on;
        this.cpcLive = cpc.id() + ":" + slot;
        this.partnerLive = partner.id();
        this.createdBy = by;
        this.createdAt = at;
    }

    /**
     * Pairs the two, checking the rules: a CPC member with a non-CPC member, both active, of one
     * organisation; the CPC member below two partners, the partner without one.
     *
     * @param cpcCurrent the CPC member's current pairings
     * @param partnerCurrent the partner's current pairing, if any
     */
    public static Pairing pair(
            Member cpc,
            Member partner,
            List<Pairing> cpcCurrent,
            boolean partnerCurrent,
            LocalDate on,
            String by,
            Instant at) {
        if (on == null) {
            throw Problem.field("startedOn", "invalid-input", "problem.pairing.date");
        }
        if (cpc.party() != Party.CPC) {
            throw Problem.field("cpcMemberId", "not-cpc", "problem.pairing.not-cpc");
        }
        if (partner.party() == Party.CPC) {
            throw Problem.field("partnerId", "partner-cpc", "problem.pairing.partner-cpc");
        }
        if (!cpc.organisationId().equals(partner.organisationId())) {
            throw Problem.field("partnerId", "other-organisation", "problem.pairing.other-organisation");
        }
        if (cpc.status() != MemberStatus.ACTIVE || partner.status() != MemberStatus.ACTIVE) {
            throw Problem.rule("not-active", "problem.member.not-active");
        }
        if (cpcCurrent.size() >= MAX_PARTNERS) {
            throw Problem.conflict("cpc-full", "problem.pairing.cpc-full", MAX_PARTNERS);
        }
        if (partnerCurrent) {
            throw Problem.conflict("partner-taken", "problem.pairing.partner-taken");
        }
        int slot = cpcCurrent.stream().anyMatch(p -> p.cpcSlot == 1) ? 2 : 1;
        return new Pairing(cpc, partner, slot, on, by, at);
    }

    /** Ends the pairing on a date; both are free again from then on. */
    public void end(LocalDate on) {
        if (endedOn != null) {
            throw Problem.conflict("already-ended", "problem.pairing.ended");
        }
        if (on == null || on.isBefore(startedOn)) {
            throw Problem.field("endedOn", "invalid-input", "problem.pairing.end-date", startedOn.toString());
        }
        this.endedOn = on;
        this.cpcLive = null;
        this.partnerLive = null;
    }

    public boolean current() {
        return endedOn == null;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long cpcMemberId() {
        return cpcMemberId;
    }

    public Long partnerId() {
        return partnerId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public int cpcSlot() {
        return cpcSlot;
    }
}
