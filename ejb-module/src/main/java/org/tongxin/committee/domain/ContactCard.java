package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * 联系卡: the secret that opens a member's public card page. The printed card carries it in its QR
 * code; a new card (a lost one) gets a new secret and the old code stops working.
 */
@Entity
@Table(name = "cm_contact_card")
public class ContactCard {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false, length = 40)
    private String token;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected ContactCard() {}

    public ContactCard(long memberId, Instant at) {
        this.memberId = memberId;
        reissue(at);
    }

    public void reissue(Instant at) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
        this.issuedAt = at;
    }

    public Long memberId() {
        return memberId;
    }

    public String token() {
        return token;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
