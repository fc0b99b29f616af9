package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An author of a report: position 0 is the first author, the others co-authors. */
@Entity
@Table(name = "ir_author")
public class ReportAuthor {

    /** Report and position. */
    @Embeddable
    public record Key(
            @Column(name = "report_id") Long reportId,
            @Column(name = "position") Integer position) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "member_name", nullable = false, length = 100, updatable = false)
    private String memberName;

    protected ReportAuthor() {}

    public ReportAuthor(Report report, int position, long memberId, Long accountId, String memberName) {
        this.key = new Key(report.id(), position);
        this.memberId = memberId;
        this.accountId = accountId;
        this.memberName = memberName;
    }

    public long reportId() {
        return key.reportId();
    }

    public int position() {
        return key.position();
    }

    public boolean first() {
        return key.position() == 0;
    }

    public Long memberId() {
        return memberId;
    }

    public Long accountId() {
        return accountId;
    }

    public String memberName() {
        return memberName;
    }
}
