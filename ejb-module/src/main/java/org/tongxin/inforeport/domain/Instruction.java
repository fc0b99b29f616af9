package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.tongxin.platform.kernel.Problem;

/** 批示: a leader's written instruction on an adopted report, and its follow-up. */
@Entity
@Table(name = "ir_instruction")
public class Instruction {

    /** What an editor records. */
    public record Facts(
            String leaderName,
            InstructionLevel level,
            LocalDate givenOn,
            String text,
            String department,
            String result) {
        public Facts {
            leaderName = leaderName == null ? "" : leaderName.strip();
            text = text == null ? "" : text.strip();
            department = department == null || department.isBlank() ? null : department.strip();
            result = result == null || result.isBlank() ? null : result.strip();
            if (leaderName.isEmpty() || leaderName.length() > 100) {
                throw Problem.field("leaderName", "required", "problem.required");
            }
            if (level == null) {
                throw Problem.field("level", "required", "problem.required");
            }
            if (givenOn == null) {
                throw Problem.field("givenOn", "required", "problem.required");
            }
            if (text.isEmpty()) {
                throw Problem.field("text", "required", "problem.required");
            }
            if (text.length() > 2000
                    || (result != null && result.length() > 2000)
                    || (department != null && department.length() > 200)) {
                throw Problem.field("text", "too-long", "problem.text.too-long", 2000);
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_instruction_seq")
    @SequenceGenerator(name = "ir_instruction_seq", sequenceName = "ir_instruction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(name = "leader_name", nullable = false, length = 100, updatable = false)
    private String leaderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_level", nullable = false, length = 10, updatable = false)
    private InstructionLevel level;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(nullable = false, length = 2000, updatable = false)
    private String text;

    @Column(length = 200)
    private String department;

    @Column(length = 2000)
    private String result;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Instruction() {}

    public Instruction(Report report, Facts facts, String by, Instant now) {
        this.reportId = report.id();
        this.leaderName = facts.leaderName();
        this.level = facts.level();
        this.givenOn = facts.givenOn();
        this.text = facts.text();
        this.department = facts.department();
        this.result = facts.result();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public String leaderName() {
        return leaderName;
    }

    public InstructionLevel level() {
        return level;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String text() {
        return text;
    }

    public String department() {
        return department;
    }

    public String result() {
        return result;
    }
}
