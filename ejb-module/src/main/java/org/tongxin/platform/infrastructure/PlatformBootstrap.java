package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.domain.Setting;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;

/**
 * First start of an empty database. With demo data requested ({@code tongxin.demo-data} /
 * {@code TONGXIN_DEMO_DATA}) it loads the demo organisations and accounts, once. Otherwise it creates
 * the root organisation and the three separate administrators, {@code admin} (sys-admin), {@code security}
 * (security-admin) and {@code auditor} (audit-admin), whose passwords come from
 * {@code TONGXIN_ADMIN_PASSWORD}, {@code TONGXIN_SECURITY_PASSWORD} and {@code TONGXIN_AUDITOR_PASSWORD}
 * or are generated and written once to the server log; each must be changed at first login. A row lock on a
 * setting makes two nodes starting together do this once.
 */
@Startup
@Singleton
public class PlatformBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());
    private static final String MARKER = "platform.initialised";

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    DemoData demo;

    @Inject
    Event<PlatformInitialised> initialised;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void start() {
        em.createNativeQuery("insert into pf_setting (setting_name, setting_value) select 'bootstrap.lock', 'x' "
                        + "where not exists (select 1 from pf_setting where setting_name = 'bootstrap.lock')")
                .executeUpdate();
        em.find(Setting.class, "bootstrap.lock", LockModeType.PESSIMISTIC_WRITE);
        if (em.find(Setting.class, MARKER) != null) {
            return;
        }
        boolean withDemo = PlatformSettings.flag("tongxin.demo-data");
        long started = System.nanoTime();
        DemoData.Loaded loaded = null;
        if (withDemo) {
            // the start's progress: each part of the demo data logs a line when it is loaded (issue 22)
            LOG.info("First start: loading the demo data (each part is logged when loaded; about a minute)");
            loaded = demo.load();
        } else {
            createFirstAdministrator();
        }
        em.persist(new Setting(MARKER, clock.instant().toString()));
        em.flush();
        initialised.fire(new PlatformInitialised(
                withDemo,
                loaded == null ? Map.of() : loaded.organisationIds(),
                loaded == null ? Map.of() : loaded.accountIds()));
        if (withDemo) {
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            LOG.info("First start: demo data loaded in " + seconds + " s");
            LOG.info(demo.banner());
        }
    }

    private void createFirstAdministrator() {
        Instant now = clock.instant();
        Organisation root = Organisation.root(
                PlatformSettings.get("tongxin.root-org-code").orElse("ROOT"),
                PlatformSettings.get("tongxin.root-org-name").orElse("政协"),
                now);
        organisations.add(root);
        administrator("admin", "系统管理员", Role.SYS_ADMIN, "tongxin.admin-password", root, now);
        administrator("security", "安全管理员", Role.SECURITY_ADMIN, "tongxin.security-password", root, now);
        administrator("auditor", "安全审计员", Role.AUDIT_ADMIN, "tongxin.auditor-password", root, now);
    }

    /**
     * One of the three separate administrators: its password from the setting or generated and written
     * once to the log; either way it must be changed at first login (the installer knows it).
     */
    private void administrator(
            String username, String name, Role role, String setting, Organisation root, Instant now) {
        String given = PlatformSettings.get(setting).orElse(null);
        String password = given != null ? given : generated();
        Account account = new Account(username, name, root, new PasswordHasher().hash(password), now);
        account.assignRoles(Set.of(role));
        account.resetPassword(account.passwordHash(), now);
        account.credentialSetByInstaller();
        accounts.add(account);
        String variable =
                setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        if (given == null) {
            LOG.warning("\n=== First start: administrator '" + username + "' (" + role.code()
                    + ") created with the one-time password " + password
                    + " (it must be changed at first login; set " + variable + " to choose it) ===");
        } else {
            LOG.info("First start: administrator '" + username + "' (" + role.code()
                    + ") created with the password from " + variable + " (it must be changed at first login)");
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append("-7").toString();
    }
}
