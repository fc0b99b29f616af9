package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A co-handling unit's opinion (会办意见) to the lead unit, sent before the lead unit answers; one per unit, the last kept. */
@Embeddable
public class UnitOpinion {

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "opinion", nullable = false, length = Proposal.MAX_OPINION)
    private String text;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "given_by", nullable = false, length = 64)
    private String givenBy;

    protected UnitOpinion() {}

    UnitOpinion(long departmentId, String text, LocalDate givenOn, String givenBy) {
        this.departmentId = departmentId;
        this.text = text;
        this.givenOn = givenOn;
        this.givenBy = givenBy;
    }

    public long departmentId() {
        return departmentId;
    }

    public String text() {
        return text;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String givenBy() {
        return givenBy;
    }
}
