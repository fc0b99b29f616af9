package org.tongxin.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.cache.spi.CacheImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.domain.Setting;
import org.tongxin.platform.kernel.Role;

@Stateless
public class SecurityPolicyServiceBean implements SecurityPolicyService {

    static final String MIN_LENGTH = "password.min-length";
    static final String COMPOSITION = "password.require-composition";
    static final String EXPIRY = "password.expiry-days";
    static final String MAX_FAILURES = "login.max-failures";
    static final String LOCKOUT = "login.lockout-minutes";
    static final String SECOND_FACTOR_ROLES = "login.second-factor-roles";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    @PermitAll
    public SecurityPolicy current() {
        Map<String, String> s = values();
        SecurityPolicy d = SecurityPolicy.DEFAULT;
        return new SecurityPolicy(
                intOf(s, MIN_LENGTH, d.minLength()),
                Boolean.parseBoolean(s.getOrDefault(COMPOSITION, String.valueOf(d.requireComposition()))),
                intOf(s, EXPIRY, d.expiryDays()),
                intOf(s, MAX_FAILURES, d.maxFailures()),
                intOf(s, LOCKOUT, d.lockoutMinutes()));
    }

    @Override
    @RolesAllowed(Role.SECURITY_ADMIN_CODE)
    public void update(SecurityPolicy p) {
        Map<String, Setting> s = em.createQuery("select s from Setting s", Setting.class)
                .getResultStream()
                .collect(Collectors.toMap(Setting::name, Function.identity()));
        put(s, MIN_LENGTH, p.minLength());
        put(s, COMPOSITION, p.requireComposition());
        put(s, EXPIRY, p.expiryDays());
        put(s, MAX_FAILURES, p.maxFailures());
        put(s, LOCKOUT, p.lockoutMinutes());
    }

    @Override
    @PermitAll
    public java.util.Set<String> secondFactorRoles() {
        String roles = values().get(SECOND_FACTOR_ROLES);
        if (roles == null || roles.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Set.of(roles.split(","));
    }

    /** The settings as last read, and the cache timestamp taken just before they were read. */
    private record Snapshot(Map<String, String> values, long readAfter) {}

    private static final String[] SPACES = {"pf_setting"};

    /**
     * The application's last reading of the settings, shared by every request of this node (issue 22: assembling
     * the seven cached {@code Setting} entities on every signed-in request was a fifth of the ping's time).
     */
    private static final AtomicReference<Snapshot> LAST = new AtomicReference<>();

    /**
     * Every setting, read once and kept while no setting changed: the same rule as Hibernate's query cache, without
     * its entities. Hibernate stamps the table {@code pf_setting} in its update-timestamps cache whenever a
     * transaction changes it (entities, bulk or native statements), on every node (the region is replicated in a
     * cluster), so a snapshot read before the latest stamp is read again: a setting changed on any node applies from
     * the next request. A session holding a setting entity (one it may have changed and not yet flushed) reads the
     * database, as the query did. A list, never a stream: Hibernate runs a streamed (scrolled) query in the database
     * every time (issue 22).
     */
    private Map<String, String> values() {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        CacheImplementor cache = session.getFactory().getCache();
        Snapshot last = LAST.get();
        boolean own = holdsSettings(session);
        if (last != null && !own && cache.getTimestampsCache().isUpToDate(SPACES, last.readAfter(), session)) {
            return last.values();
        }
        long before = cache.getRegionFactory().nextTimestamp();
        Map<String, String> values = em
                .createQuery("select s from Setting s", Setting.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Setting::name, Setting::value));
        if (!own) {
            LAST.accumulateAndGet(
                    new Snapshot(values, before),
                    (kept, read) -> kept != null && kept.readAfter() > read.readAfter() ? kept : read);
        }
        return values;
    }

    private static boolean holdsSettings(SharedSessionContractImplementor session) {
        var context = session.getPersistenceContextInternal();
        if (context.getNumberOfManagedEntities() == 0) {
            return false;
        }
        for (var entry : context.reentrantSafeEntityEntries()) {
            if (entry.getKey() instanceof Setting) {
                return true;
            }
        }
        return false;
    }

    @Override
    @RolesAllowed(Role.SECURITY_ADMIN_CODE)
    public void requireSecondFactorFor(java.util.Set<String> roleCodes) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String code : roleCodes == null ? java.util.Set.<String>of() : roleCodes) {
            Role role = Role.ofCode(code)
                    .filter(r -> Role.business().contains(r) || r == Role.SERVICE)
                    .orElseThrow(() -> org.tongxin.platform.kernel.Problem.field(
                            "secondFactorRoles", "unknown-role", "problem.account.unknown-role", code));
            codes.add(role.code());
        }
        Map<String, Setting> s = em.createQuery("select s from Setting s", Setting.class)
                .getResultStream()
                .collect(Collectors.toMap(Setting::name, Function.identity()));
        put(s, SECOND_FACTOR_ROLES, String.join(",", codes));
    }

    private void put(Map<String, Setting> settings, String name, Object value) {
        Setting setting = settings.get(name);
        if (setting == null) {
            em.persist(new Setting(name, String.valueOf(value)));
        } else if (!setting.value().equals(String.valueOf(value))) {
            setting.change(String.valueOf(value));
        }
    }

    private static int intOf(Map<String, String> s, String name, int fallback) {
        try {
            return Integer.parseInt(s.getOrDefault(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
