package org.tongxin.duty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.OwnTrail;
import org.tongxin.platform.kernel.Problem;

/**
 * One act of duty in the ledger and the points it gave: who, when, what kind, where it came from
 * (module and source reference), the member's part, and the rule-set revision that gave the points.
 * An entry is never edited: it can only be voided, with a reason, and replaced by another.
 */
@Entity
@OwnTrail
@Table(name = "cm_duty_entry")
public class DutyEntry implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_duty_entry_seq")
    @SequenceGenerator(name = "cm_duty_entry_seq", sequenceName = "cm_duty_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "year_no", nullable = false, updatable = false)
    private int year;

    /** The category's code: a built-in's name or an organisation's own code. */
    @Column(nullable = false, length = 30, updatable = false)
    private String category;

    @Column(name = "source_module", nullable = false, length = 20, updatable = false)
    private String sourceModule;

    @Column(name = "source_ref", nullable = false, length = 120, updatable = false)
    private String sourceRef;

    @Column(nullable = false, length = 200, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "duty_role", nullable = false, length = 12, updatable = false)
    private DutyRole role;

    @Column(name = "co_authors", nullable = false, updatable = false)
    private int coAuthors;

    @Column(name = "base_points", nullable = false, precision = 6, scale = 2, updatable = false)
    private BigDecimal basePoints;

    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal sharePercent;

    @Column(nullable = false, precision = 7, scale = 2, updatable = false)
    private BigDecimal points;

    @Column(name = "rule_set_id", nullable = false, updatable = false)
    private Long ruleSetId;

    @Column(name = "rule_set_revision", nullable = false, updatable = false)
    private int ruleSetRevision;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "live_key", length = 160)
    private String liveKey;

    @Column(nullable = false)
    private boolean voided;

    @Enumerated(EnumType.STRING)
    @Column(name = "void_kind", length = 12)
    private VoidKind voidKind;

    @Column(name = "void_reason", length = 200)
    private String voidReason;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    protected DutyEntry() {}

    /** The act as it reached the ledger, before points. */
    public record Act(
            long organisationId,
            long memberId,
            LocalDate occurredOn,
            String category,
            SourceRef source,
            String description,
            DutyRole role,
            int coAuthors) {}

    public DutyEntry(Act act, RuleSet ruleSet, RuleTerms.Award award, String by, Instant at, Long replacesId) {
        this.organisationId = act.organisationId();
        this.memberId = act.memberId();
        this.occurredOn = act.occurredOn();
        this.year = act.occurredOn().getYear();
        this.category = act.category();
        this.sourceModule = act.source().module();
        this.sourceRef = act.source().toString();
        this.description = act.description();
        this.role = act.role();
        this.coAuthors = act.coAuthors();
        this.basePoints = award.basePoints();
        this.sharePercent = award.sharePercent();
        this.points = award.points();
        this.ruleSetId = ruleSet.id();
        this.ruleSetRevision = ruleSet.revision();
        this.recordedBy = by;
        this.recordedAt = at;
        this.replacesId = replacesId;
        this.liveKey = liveKey(sourceRef, memberId);
        this.voided = false;
    }

    /** The key that lets one source credit one member only once while the entry stands. */
    public static String liveKey(String sourceRef, long memberId) {
        return sourceRef + "#" + memberId;
    }

    /** The act again, as the ledger received it, to be scored under other terms. */
    public Act act() {
        return new Act(
                organisationId,
                memberId,
                occurredOn,
                category,
                SourceRef.parse(sourceRef),
                description,
                role,
                coAuthors);
    }

    public void voidFor(VoidKind kind, String reason, String by, Instant at) {
        if (voided) {
            throw Problem.conflict("already-voided", "problem.duty.already-voided");
        }
        this.voided = true;
        this.voidKind = kind;
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
        this.liveKey = null;
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long memberId() {
        return memberId;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public int year() {
        return year;
    }

    public String category() {
        return category;
    }

    public String sourceModule() {
        return sourceModule;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public String description() {
        return description;
    }

    public DutyRole role() {
        return role;
    }

    public int coAuthors() {
        return coAuthors;
    }

    public BigDecimal basePoints() {
        return basePoints;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }

    public BigDecimal points() {
        return points;
    }

    public Long ruleSetId() {
        return ruleSetId;
    }

    public int ruleSetRevision() {
        return ruleSetRevision;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean voided() {
        return voided;
    }

    public VoidKind voidKind() {
        return voidKind;
    }

    public String voidReason() {
        return voidReason;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidedBy() {
        return voidedBy;
    }

    public Long replacesId() {
        return replacesId;
    }
}
