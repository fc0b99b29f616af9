package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A leader's written instruction (批示) on a proposal: the leader's account and name, the day, the text. */
@Embeddable
public class LeaderInstruction {

    @Column(name = "leader_account_id", nullable = false)
    private Long leaderAccountId;

    @Column(name = "leader_name", nullable = false, length = 100)
    private String leaderName;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "instruction", nullable = false, length = Proposal.MAX_OPINION)
    private String text;

    protected LeaderInstruction() {}

    LeaderInstruction(long leaderAccountId, String leaderName, LocalDate givenOn, String text) {
        this.leaderAccountId = leaderAccountId;
        this.leaderName = leaderName;
        this.givenOn = givenOn;
        this.text = text;
    }

    public long leaderAccountId() {
        return leaderAccountId;
    }

    public String leaderName() {
        return leaderName;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String text() {
        return text;
    }
}
