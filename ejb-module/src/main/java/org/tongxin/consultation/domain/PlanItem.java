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
import java.util.Arrays;
import java.util.List;
import org.tongxin.platform.kernel.OrganisationOwned;

/** One consultation of a year's plan: its form, topic, month, lead leader and committee, departments invited. */
@Entity
@Table(name = "cs_plan_item")
public class PlanItem implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_plan_item_seq")
    @SequenceGenerator(name = "cs_plan_item_seq", sequenceName = "cs_plan_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationForm form;

    @Column(nullable = false, length = ItemTerms.MAX_TOPIC)
    private String topic;

    @Column(name = "planned_month", nullable = false)
    private int month;

    @Column(name = "lead_leader", length = ItemTerms.MAX_LEADER)
    private String leadLeader;

    @Column(name = "lead_leader_account_id")
    private Long leadLeaderAccountId;

    @Column(name = "lead_committee_id")
    private Long leadCommitteeId;

    /** The departments invited, one a line. */
    @Column(length = 2000)
    private String departments;

    protected PlanItem() {}

    PlanItem(Plan plan, ItemTerms terms) {
        this.plan = plan;
        this.organisationId = plan.organisationId();
        apply(terms);
    }

    void apply(ItemTerms t) {
        this.form = t.form();
        this.topic = t.topic();
        this.month = t.month();
        this.leadLeader = t.leadLeader();
        this.leadLeaderAccountId = t.leadLeaderAccountId();
        this.leadCommitteeId = t.leadCommitteeId();
        this.departments = t.departments().isEmpty() ? null : String.join("\n", t.departments());
    }

    public ItemTerms terms() {
        return new ItemTerms(form, topic, month, leadLeader, leadLeaderAccountId, leadCommitteeId, departments());
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public ConsultationForm form() {
        return form;
    }

    public String topic() {
        return topic;
    }

    public int month() {
        return month;
    }

    public String leadLeader() {
        return leadLeader;
    }

    public Long leadLeaderAccountId() {
        return leadLeaderAccountId;
    }

    public Long leadCommitteeId() {
        return leadCommitteeId;
    }

    public List<String> departments() {
        return departments == null ? List.of() : Arrays.asList(departments.split("\n"));
    }
}
