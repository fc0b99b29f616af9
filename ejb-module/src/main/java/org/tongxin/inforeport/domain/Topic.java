package org.tongxin.inforeport.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.tongxin.platform.kernel.Problem;

/**
 * A topic of the configurable list (经济发展, 民生保障, …), named in both languages. Global topics (no organisation)
 * are the platform's; an organisation's information editors add topics of its own, rename and retire them. Reports
 * name their topic by code, which never changes.
 */
@Entity
@Table(name = "ir_topic")
public class Topic {

    /** The topic inbound reports are filed under when theirs is not known here. */
    public static final String OTHER = "OTHER";

    public static final int MAX_NAME_ZH = 50;

    public static final int MAX_NAME_EN = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ir_topic_seq")
    @SequenceGenerator(name = "ir_topic_seq", sequenceName = "ir_topic_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(length = 30, nullable = false, updatable = false)
    private String code;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "name_zh", nullable = false, length = MAX_NAME_ZH)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = MAX_NAME_EN)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected Topic() {}

    /** A topic of an organisation's own, listed after the global ones. */
    public Topic(long organisationId, String code, String nameZh, String nameEn, int position) {
        this.organisationId = organisationId;
        this.code = Objects.requireNonNull(code);
        this.position = position;
        this.active = true;
        rename(nameZh, nameEn);
    }

    /** The code of an organisation's n-th own topic. */
    public static String code(long organisationId, int n) {
        return "T" + organisationId + "-" + n;
    }

    public void rename(String nameZh, String nameEn) {
        String zh = name(nameZh, MAX_NAME_ZH, "nameZh");
        String en = name(nameEn, MAX_NAME_EN, "nameEn");
        this.nameZh = zh;
        this.nameEn = en;
    }

    /** An own topic retired: no new report is filed under it; those filed keep it. */
    public void retire() {
        if (!active) {
            throw Problem.conflict("already-retired", "problem.topic.already-retired");
        }
        active = false;
    }

    public void reinstate() {
        if (active) {
            throw Problem.conflict("not-retired", "problem.topic.not-retired");
        }
        active = true;
    }

    private static String name(String text, int max, String field) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty() || n.length() > max) {
            throw Problem.field(field, "invalid-input", "problem.topic.name", max);
        }
        return n;
    }

    /** Whether the topic is the platform's, for every organisation. */
    public boolean global() {
        return organisationId == null;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
