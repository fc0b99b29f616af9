package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A report in a bulletin issue, in its place. */
@Entity
@Table(name = "ir_bulletin_item")
public class BulletinItem {

    /** Issue and report. */
    @Embeddable
    public record Key(
            @Column(name = "bulletin_id") Long bulletinId,
            @Column(name = "report_id") Long reportId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, updatable = false)
    private int position;

    protected BulletinItem() {}

    public BulletinItem(Bulletin bulletin, long reportId, int position) {
        this.key = new Key(bulletin.id(), reportId);
        this.organisationId = bulletin.organisationId();
        this.position = position;
    }

    public long bulletinId() {
        return key.bulletinId();
    }

    public long reportId() {
        return key.reportId();
    }

    public int position() {
        return position;
    }
}
