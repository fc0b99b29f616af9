package org.tongxin.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * An organisation's shape of a year's consultations, as a rule: so many plenary, standing-committee and monthly
 * consultations, and at least so many of the other forms (N). Datong's is "136+N". Until the office sets its own, an
 * organisation has the {@link #DEFAULT} (1 / 3 / 6 / 0).
 */
@Entity
@Table(name = "cs_plan_shape")
public class PlanShape implements OrganisationOwned {

    public static final int MAX_COUNT = 50;

    /** The counts of a shape, without its organisation. */
    public record Counts(int plenary, int standing, int monthly, int otherMin) {

        public Counts checked() {
            count("plenary", plenary);
            count("standing", standing);
            count("monthly", monthly);
            count("otherMin", otherMin);
            return this;
        }

        private static void count(String field, int n) {
            if (n < 0 || n > MAX_COUNT) {
                throw Problem.field(field, "invalid-input", "problem.shape.count", MAX_COUNT);
            }
        }

        /** How many of a main form the shape asks for. */
        public int of(ConsultationForm form) {
            return switch (form) {
                case PLENARY -> plenary;
                case STANDING -> standing;
                case MONTHLY -> monthly;
                default -> throw new IllegalArgumentException(form + " is not a main form");
            };
        }

        /** The plan's items against the shape: one line per main form and one for the other forms together. */
        public List<ShapeLine> check(Collection<ConsultationForm> planned) {
            List<ShapeLine> lines = new ArrayList<>();
            for (ConsultationForm f :
                    List.of(ConsultationForm.PLENARY, ConsultationForm.STANDING, ConsultationForm.MONTHLY)) {
                lines.add(new ShapeLine(
                        f.name(),
                        of(f),
                        (int) planned.stream().filter(p -> p == f).count(),
                        true));
            }
            lines.add(new ShapeLine(
                    ShapeLine.OTHER,
                    otherMin,
                    (int) planned.stream().filter(p -> !p.main()).count(),
                    false));
            return lines;
        }

        /** How many items the plan lacks against the shape (0: it meets it). */
        public int missing(Collection<ConsultationForm> planned) {
            return check(planned).stream().mapToInt(ShapeLine::missing).sum();
        }
    }

    /**
     * One line of the shape check: the form (or {@link #OTHER}), how many the shape asks for, how many are planned; a
     * main form asks for exactly so many, the other forms for at least so many.
     */
    public record ShapeLine(String form, int required, int planned, boolean exact) {
        public static final String OTHER = "OTHER";

        public int missing() {
            return Math.max(0, required - planned);
        }

        public int extra() {
            return exact ? Math.max(0, planned - required) : 0;
        }

        public boolean met() {
            return missing() == 0 && extra() == 0;
        }
    }

    /** "136+N" with N at least 0, for an organisation that has not set its own. */
    public static final Counts DEFAULT = new Counts(1, 3, 6, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_plan_shape_seq")
    @SequenceGenerator(name = "cs_plan_shape_seq", sequenceName = "cs_plan_shape_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false)
    private int plenary;

    @Column(nullable = false)
    private int standing;

    @Column(nullable = false)
    private int monthly;

    @Column(name = "other_min", nullable = false)
    private int otherMin;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected PlanShape() {}

    public PlanShape(long organisationId, Counts counts, String by, Instant at) {
        this.organisationId = organisationId;
        change(counts, by, at);
    }

    public void change(Counts counts, String by, Instant at) {
        Counts c = counts.checked();
        this.plenary = c.plenary();
        this.standing = c.standing();
        this.monthly = c.monthly();
        this.otherMin = c.otherMin();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Counts counts() {
        return new Counts(plenary, standing, monthly, otherMin);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
