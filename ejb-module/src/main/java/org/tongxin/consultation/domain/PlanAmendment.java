package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.kernel.OrganisationOwned;

/**
 * A dated amendment of an approved plan: what changed (an item added, changed or removed, field by field), why, when
 * and by whom. Never changed once written.
 */
@Entity
@Table(name = "cs_plan_amendment")
public class PlanAmendment implements OrganisationOwned {

    public static final int MAX_REASON = 500;

    /** One field of an item before and after ({@code null} where there was, or is, none). */
    public record Change(String field, String before, String after) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_plan_amendment_seq")
    @SequenceGenerator(name = "cs_plan_amendment_seq", sequenceName = "cs_plan_amendment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "amended_by", nullable = false, length = 64, updatable = false)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AmendmentKind kind;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(nullable = false, length = ItemTerms.MAX_TOPIC, updatable = false)
    private String topic;

    /** The changes, one a line: field, before and after separated by a unit separator (U+001F). */
    @Column(nullable = false, length = 4000, updatable = false)
    private String changes;

    @Column(nullable = false, length = MAX_REASON, updatable = false)
    private String reason;

    protected PlanAmendment() {}

    PlanAmendment(
            Plan plan,
            AmendmentKind kind,
            Long itemId,
            String topic,
            List<Change> changes,
            String reason,
            String by,
            Instant at) {
        this.plan = plan;
        this.organisationId = plan.organisationId();
        this.kind = kind;
        this.itemId = itemId;
        this.topic = topic;
        StringBuilder text = new StringBuilder();
        for (Change c : changes) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(c.field())
                    .append('\u001f')
                    .append(flat(c.before()))
                    .append('\u001f')
                    .append(flat(c.after()));
        }
        this.changes = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace('\n', '、').replace('\u001f', ' ');
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public AmendmentKind kind() {
        return kind;
    }

    public Long itemId() {
        return itemId;
    }

    public String topic() {
        return topic;
    }

    public List<Change> changes() {
        List<Change> list = new ArrayList<>();
        if (changes.isEmpty()) {
            return list;
        }
        for (String line : changes.split("\n")) {
            String[] p = line.split("\u001f", -1);
            list.add(new Change(
                    p[0],
                    p.length > 1 && !p[1].isEmpty() ? p[1] : null,
                    p.length > 2 && !p[2].isEmpty() ? p[2] : null));
        }
        return list;
    }

    public String reason() {
        return reason;
    }
}
