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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.tongxin.platform.kernel.OrganisationOwned;

/**
 * An entry of an approved item's task list (责任清单): who (the lead leader and committee), what (the kind, of the item's
 * topic), by when. Made when the plan is approved, made again for an item an amendment changes.
 */
@Entity
@Table(name = "cs_plan_task")
public class PlanTask implements OrganisationOwned {

    public static final int MAX_RESPONSIBLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_plan_task_seq")
    @SequenceGenerator(name = "cs_plan_task_seq", sequenceName = "cs_plan_task_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PlanItem item;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "committee_id", updatable = false)
    private Long committeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TaskKind kind;

    @Column(nullable = false, length = MAX_RESPONSIBLE, updatable = false)
    private String responsible;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate due;

    protected PlanTask() {}

    private PlanTask(Plan plan, PlanItem item, TaskKind kind, String responsible, LocalDate due) {
        this.plan = plan;
        this.item = item;
        this.organisationId = plan.organisationId();
        this.committeeId = item.leadCommitteeId();
        this.kind = kind;
        this.responsible = responsible;
        this.due = due;
    }

    /**
     * The task list of an item of the plan's year: research by the day before the planned month, the consultation
     * by the month's end, its report by the end of the month after. {@code responsible} names who answers for them.
     */
    static List<PlanTask> listFor(Plan plan, PlanItem item, String responsible) {
        YearMonth month = YearMonth.of(plan.year(), item.month());
        String who = responsible.length() > MAX_RESPONSIBLE ? responsible.substring(0, MAX_RESPONSIBLE) : responsible;
        return List.of(
                new PlanTask(plan, item, TaskKind.RESEARCH, who, month.atDay(1).minusDays(1)),
                new PlanTask(plan, item, TaskKind.CONSULT, who, month.atEndOfMonth()),
                new PlanTask(
                        plan, item, TaskKind.REPORT, who, month.plusMonths(1).atEndOfMonth()));
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public PlanItem item() {
        return item;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long committeeId() {
        return committeeId;
    }

    public TaskKind kind() {
        return kind;
    }

    public String responsible() {
        return responsible;
    }

    public LocalDate due() {
        return due;
    }
}
