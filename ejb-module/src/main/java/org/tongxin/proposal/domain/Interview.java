package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A member interview on the proposal's handling (委员访谈), recorded by the office: when, who, what was said. */
@Embeddable
public class Interview {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "people", nullable = false, length = Proposal.MAX_NOTE)
    private String people;

    @Column(name = "said", nullable = false, length = Proposal.MAX_OPINION)
    private String said;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected Interview() {}

    Interview(LocalDate heldOn, String people, String said, String recordedBy) {
        this.heldOn = heldOn;
        this.people = people;
        this.said = said;
        this.recordedBy = recordedBy;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String people() {
        return people;
    }

    public String said() {
        return said;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
