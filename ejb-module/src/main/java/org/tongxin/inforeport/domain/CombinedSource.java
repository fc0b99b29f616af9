package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A source of a combined report; a report is the source of one combined report at most. */
@Entity
@Table(name = "ir_combined_source")
public class CombinedSource {

    /** Combined report and source. */
    @Embeddable
    public record Key(
            @Column(name = "combined_id") Long combinedId,
            @Column(name = "source_id") Long sourceId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private int position;

    protected CombinedSource() {}

    public CombinedSource(Report combined, Report source, int position) {
        this.key = new Key(combined.id(), source.id());
        this.position = position;
    }

    public long combinedId() {
        return key.combinedId();
    }

    public long sourceId() {
        return key.sourceId();
    }

    public int position() {
        return position;
    }
}
