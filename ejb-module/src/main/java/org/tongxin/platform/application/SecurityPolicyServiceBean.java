package org.tongxin.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /**
     * Every setting, from the query cache while no setting changed (asked on every signed-in request: no
     * database round trip then; a change through JPA invalidates the cached answer at once). A list, never a
     * stream: Hibernate runs a streamed (scrolled) query in the database every time, cacheable or not
     * (issue 22: the ping's one query and one commit per request).
     */
    private Map<String, String> values() {
        return em
                .createQuery("select s from Setting s", Setting.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_CACHEABLE, true)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Setting::name, Setting::value));
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
