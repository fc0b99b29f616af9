package org.tongxin.platform.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tongxin.platform.kernel.OrganisationLevel;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * A CPPCC committee at one level: province, city or county/district. Organisations form a tree;
 * {@link #path()} holds the ids from the root down ("/1/51/"), so that "this one and everything below"
 * is one indexed prefix query.
 */
@Entity
@Table(name = "pf_organisation")
// in the second-level cache (WildFly's Infinispan "hibernate" container): a list names the organisations of
// each of its rows, and the hierarchy changes a few times a year; a change through JPA updates the cache
@Cacheable
public class Organisation implements OrganisationOwned {

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_organisation_seq")
    @SequenceGenerator(name = "pf_organisation_seq", sequenceName = "pf_organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_level", nullable = false, length = 16)
    private OrganisationLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(nullable = false, length = 400)
    private String path;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Organisation() {}

    private Organisation(String code, String name, OrganisationLevel level, Organisation parent, Instant now) {
        this.code = checkCode(code);
        this.name = checkName(name);
        this.level = level;
        this.parent = parent;
        this.timeZone = DEFAULT_TIME_ZONE;
        this.createdAt = now;
        this.path = "";
    }

    /** The top of a tree: a provincial committee. */
    public static Organisation root(String code, String name, Instant now) {
        return new Organisation(code, name, OrganisationLevel.PROVINCE, null, now);
    }

    /** A committee one level below this one (city under province, county under city). */
    public Organisation addChild(String code, String name, Instant now) {
        requireOpen();
        OrganisationLevel childLevel = level.childLevel();
        if (childLevel == null) {
            throw Problem.field("parent", "organisation-too-deep", "problem.organisation.too-deep");
        }
        return new Organisation(code, name, childLevel, this, now);
    }

    /** Called once the id is known: the path is the parent's path plus this id. */
    public void assignPath() {
        if (id == null) {
            throw new IllegalStateException("organisation has no id yet");
        }
        path = (parent == null ? "/" : parent.path()) + id + "/";
    }

    public void rename(String newName) {
        this.name = checkName(newName);
    }

    /**
     * Moves this organisation under another parent of the level above its own (a county under another
     * city). Refuses a parent that is this organisation or lies below it (a cycle) and a retired parent.
     * The caller re-paths this organisation's subtree ({@link #repath()}) in tree order.
     */
    public void moveUnder(Organisation newParent) {
        if (parent == null) {
            throw Problem.field("parentId", "organisation-root-fixed", "problem.organisation.root-fixed");
        }
        if (contains(newParent)) {
            throw new Problem(
                    Problem.Kind.CONFLICT,
                    "organisation-cycle",
                    "problem.organisation.cycle",
                    java.util.Map.of("parentId", "problem.organisation.cycle"));
        }
        if (newParent.level().childLevel() != level) {
            throw Problem.field("parentId", "organisation-level", "problem.organisation.level");
        }
        newParent.requireOpen();
        this.parent = newParent;
    }

    /** Recomputes the path from the parent's (after a move; parents first). */
    public void repath() {
        assignPath();
    }

    /** Nothing new is filed here from now on; its records stay. Retiring twice changes nothing. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    /** Refuses to file anything new in a retired organisation. */
    public void requireOpen() {
        if (retiredAt != null) {
            throw Problem.conflict("organisation-retired", "problem.organisation.retired", name);
        }
    }

    public void changeTimeZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw Problem.field("timeZone", "invalid-time-zone", "problem.organisation.time-zone");
        }
        this.timeZone = zone;
    }

    /** True when {@code other} is this organisation or lies below it. */
    public boolean contains(Organisation other) {
        return other.path().startsWith(path);
    }

    private static String checkCode(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw Problem.field("code", "invalid-code", "problem.organisation.code");
        }
        return c;
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw Problem.field("name", "invalid-name", "problem.organisation.name");
        }
        return n;
    }

    public Long id() {
        return id;
    }

    /** An organisation's own records are filed under itself. */
    @Override
    public Long organisationId() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrganisationLevel level() {
        return level;
    }

    public Organisation parent() {
        return parent;
    }

    public String path() {
        return path;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
