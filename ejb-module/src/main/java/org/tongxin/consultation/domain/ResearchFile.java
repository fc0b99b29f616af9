package org.tongxin.consultation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.StoredFile;

/**
 * A document of a research trip uploaded as a file (调研报告, photographs, a spreadsheet of findings): its bytes are in the
 * platform's file store under their SHA-256, checked by content and size before they got there.
 */
@Entity
@Table(name = "cs_research_file")
public class ResearchFile extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_research_file_seq")
    @SequenceGenerator(name = "cs_research_file_seq", sequenceName = "cs_research_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id", nullable = false, updatable = false)
    private ResearchTrip trip;

    protected ResearchFile() {}

    ResearchFile(ResearchTrip trip, String fileName, FileKind kind, long size, String sha256, String by, Instant at) {
        this.trip = trip;
        store(fileName, kind.contentType(), size, sha256, by, at);
    }

    public Long id() {
        return id;
    }
}
