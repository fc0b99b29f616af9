package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member of a reading group. */
@Entity
@Table(name = "sh_group_member")
public class GroupMember {

    /** Group and member. */
    @Embeddable
    public record Key(
            @Column(name = "group_id") Long groupId,
            @Column(name = "member_id") Long memberId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "member_name", nullable = false, length = 100, updatable = false)
    private String memberName;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected GroupMember() {}

    public GroupMember(ReadingGroup group, long memberId, Long accountId, String memberName, Instant now) {
        this.key = new Key(group.id(), memberId);
        this.accountId = accountId;
        this.memberName = memberName;
        this.joinedAt = now;
    }

    public long groupId() {
        return key.groupId();
    }

    public long memberId() {
        return key.memberId();
    }

    public Long accountId() {
        return accountId;
    }

    public String memberName() {
        return memberName;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
