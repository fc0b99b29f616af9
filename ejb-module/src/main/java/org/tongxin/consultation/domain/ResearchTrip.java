package org.tongxin.consultation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.kernel.FileKind;
import org.tongxin.platform.kernel.Problem;

/**
 * A research trip before a consultation (议前调研, "不调研不协商"): when and where, the members taking part, what they
 * found, and the documents it produced: references one a line ({@code documents}, e.g. a report kept elsewhere) and
 * uploaded files ({@link ResearchFile}). Recorded as done once it took place: each member taking part is then credited.
 */
@Entity
@Table(name = "cs_research_trip")
public class ResearchTrip {

    public static final int MAX_PLACE = 200;
    public static final int MAX_FINDINGS = 8000;
    public static final int MAX_DOCUMENTS = 4000;
    public static final int MAX_MEMBERS = 100;
    public static final int MAX_FILES = 30;

    /** A member taking part, with the name as it was then. */
    @Embeddable
    public static class TripMember {
        @Column(name = "member_id", nullable = false)
        private Long memberId;

        @Column(name = "member_name", nullable = false, length = 100)
        private String memberName;

        protected TripMember() {}

        TripMember(Long memberId, String memberName) {
            this.memberId = memberId;
            this.memberName = memberName;
        }

        public Long memberId() {
            return memberId;
        }

        public String memberName() {
            return memberName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TripMember m && java.util.Objects.equals(memberId, m.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(memberId);
        }
    }

    /** What a trip is: its day, place, members (id → name), findings and documents. */
    public record Terms(LocalDate on, String place, Map<Long, String> members, String findings, String documents) {
        public Terms checked() {
            if (on == null) {
                throw Problem.field("on", "required", "problem.required");
            }
            String p = place == null ? "" : place.strip();
            if (p.isEmpty() || p.length() > MAX_PLACE) {
                throw Problem.field("place", "invalid-input", "problem.cs-activity.place", MAX_PLACE);
            }
            if (members == null || members.isEmpty() || members.size() > MAX_MEMBERS) {
                throw Problem.field("memberIds", "invalid-input", "problem.cs-research.members", MAX_MEMBERS);
            }
            String f = findings == null || findings.isBlank() ? null : findings.strip();
            if (f != null && f.length() > MAX_FINDINGS) {
                throw Problem.field("findings", "invalid-input", "problem.cs-research.findings", MAX_FINDINGS);
            }
            String d = documents == null || documents.isBlank() ? null : documents.strip();
            if (d != null && d.length() > MAX_DOCUMENTS) {
                throw Problem.field("documents", "invalid-input", "problem.cs-research.documents", MAX_DOCUMENTS);
            }
            return new Terms(on, p, new LinkedHashMap<>(members), f, d);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cs_research_trip_seq")
    @SequenceGenerator(name = "cs_research_trip_seq", sequenceName = "cs_research_trip_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private ConsultationActivity activity;

    @Column(name = "trip_on", nullable = false)
    private LocalDate tripOn;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    @Column(length = MAX_FINDINGS)
    private String findings;

    @Column(length = MAX_DOCUMENTS)
    private String documents;

    @ElementCollection
    @CollectionTable(name = "cs_research_trip_member", joinColumns = @JoinColumn(name = "trip_id"))
    @OrderBy("memberId")
    private List<TripMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "trip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ResearchFile> files = new ArrayList<>();

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected ResearchTrip() {}

    ResearchTrip(ConsultationActivity activity, Terms terms, String by, Instant at) {
        this.activity = activity;
        this.createdBy = by;
        this.createdAt = at;
        apply(terms);
    }

    /** Changed while not done (the findings of a done trip too: its members and day stay). */
    void change(Terms t) {
        if (doneAt != null) {
            if (!t.on().equals(tripOn) || !t.members().keySet().equals(memberIds())) {
                throw Problem.conflict("research-done", "problem.cs-research.done");
            }
            this.place = t.place();
            this.findings = t.findings();
            this.documents = t.documents();
            return;
        }
        apply(t);
    }

    private void apply(Terms t) {
        this.tripOn = t.on();
        this.place = t.place();
        this.findings = t.findings();
        this.documents = t.documents();
        this.members.clear();
        t.members().forEach((id, name) -> members.add(new TripMember(id, name)));
    }

    void done(LocalDate today, String by, Instant at) {
        if (doneAt != null) {
            throw Problem.conflict("research-done", "problem.cs-research.already-done");
        }
        if (tripOn.isAfter(today)) {
            throw Problem.rule("research-in-future", "problem.cs-research.future");
        }
        doneAt = at;
        doneBy = by;
    }

    /** A file uploaded (a done trip's documents may still be completed); at most {@link #MAX_FILES}. */
    ResearchFile attach(String fileName, FileKind kind, long size, String sha256, String by, Instant at) {
        if (files.size() >= MAX_FILES) {
            throw Problem.rule("research-files-full", "problem.cs-research.files-full", MAX_FILES);
        }
        ResearchFile f = new ResearchFile(this, fileName, kind, size, sha256, by, at);
        files.add(f);
        return f;
    }

    /** The file is no longer the trip's (its bytes stay in the store: another record may hold the same content). */
    void detach(long fileId) {
        files.remove(file(fileId));
    }

    public ResearchFile file(long fileId) {
        return files.stream()
                .filter(f -> java.util.Objects.equals(f.id(), fileId))
                .findFirst()
                .orElseThrow(() -> Problem.notFound("research-file"));
    }

    public List<ResearchFile> files() {
        return List.copyOf(files);
    }

    public java.util.Set<Long> memberIds() {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        members.forEach(m -> ids.add(m.memberId()));
        return ids;
    }

    public Long id() {
        return id;
    }

    public LocalDate on() {
        return tripOn;
    }

    public String place() {
        return place;
    }

    public String findings() {
        return findings;
    }

    public String documentsText() {
        return documents;
    }

    public List<String> documents() {
        return documents == null ? List.of() : Arrays.asList(documents.split("\n"));
    }

    public List<TripMember> members() {
        return List.copyOf(members);
    }

    public boolean done() {
        return doneAt != null;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
