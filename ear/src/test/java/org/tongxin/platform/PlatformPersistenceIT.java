package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.platform.application.AccountDetails;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.AuthenticationService;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.NewAccount;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.SecurityPolicyService;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.domain.Setting;
import org.tongxin.platform.infrastructure.StatementCount;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Inside the server: transactions, role checks on the services, and the guarantees the database
 * itself gives (constraints, append-only audit trail), on H2 or PostgreSQL as the build chose.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformPersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(PlatformPersistenceIT.class);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    AuthenticationService authentication;

    @Inject
    SecurityPolicyService policy;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Test
    void aChangeAndItsAuditLineCommitTogetherOrNotAtAll() throws Exception {
        long datong = organisationId("SX-DT");
        String rolledBack = code("RB");
        as("admin", "sys-admin", () -> {
            transaction.begin();
            organisations.create(datong, rolledBack, "回滚测试");
            transaction.rollback();
            return null;
        });
        assertEquals(0, count("select count(*) from pf_organisation where code = ?", rolledBack));
        assertEquals(0, count("select count(*) from pf_audit_entry where details like ?", "%" + rolledBack + "%"));

        String committed = code("CM");
        OrganisationDetails created = as("admin", "sys-admin", () -> organisations.create(datong, committed, "提交测试"));
        assertEquals(1, count("select count(*) from pf_organisation where code = ?", committed));
        assertEquals(
                1,
                count(
                        "select count(*) from pf_audit_entry where action = 'CREATE' and entity_type = 'Organisation'"
                                + " and entity_id = ? and actor = 'admin'",
                        String.valueOf(created.id())));
    }

    @Test
    void theAuditLinesOfAFlushGoAsOneBatchInTheirOrderAndRollBackWithTheChange() throws Exception {
        // issue 22: a flush's audit lines are one round trip at the end of the flush, not one per changed row
        String prefix = code("audit-batch").toLowerCase(Locale.ROOT);
        List<String> names = List.of(prefix + ".c", prefix + ".a", prefix + ".b");
        transaction.begin();
        try {
            for (String name : names) {
                em.persist(new Setting(name, "1"));
            }
            StatementCount.reset();
            em.flush();
            assertEquals(1, StatementCount.auditWrites(), "three audited inserts, one write of their audit lines");
            // written in the transaction, visible to it after the flush, in the order of the changes
            assertEquals(
                    names,
                    em.createNativeQuery(
                                    "select entity_id from pf_audit_entry where entity_type = 'Setting'"
                                            + " and action = 'CREATE' and entity_id like ? order by id",
                                    String.class)
                            .setParameter(1, prefix + ".%")
                            .getResultList());
        } finally {
            transaction.rollback();
        }
        assertEquals(0, count("select count(*) from pf_audit_entry where entity_id like ?", prefix + ".%"));
    }

    @Test
    void aPolicyChangeIsSeenByItsOwnTransactionAndGoneWithItsRollback() throws Exception {
        // issue 22: the policy is kept between requests; a transaction that changed it still reads its own change
        SecurityPolicy before = policy.current();
        SecurityPolicy changed = new SecurityPolicy(
                before.minLength() + 1,
                before.requireComposition(),
                before.expiryDays(),
                before.maxFailures() + 1,
                before.lockoutMinutes());
        as("security", "security-admin", () -> {
            transaction.begin();
            try {
                policy.update(changed);
                assertEquals(changed, policy.current());
            } finally {
                transaction.rollback();
            }
            return null;
        });
        assertEquals(before, policy.current());
    }

    @Test
    void theServicesRefuseACallerWithoutTheRole() {
        long datong = organisationId("SX-DT");
        assertThrows(
                EJBAccessException.class,
                () -> as("member1", "member", () -> organisations.create(datong, code("NO"), "越权")));
        assertThrows(
                EJBAccessException.class,
                () -> as("security", "security-admin", () -> organisations.create(datong, code("NO"), "越权")));
    }

    @Test
    void theDatabaseKeepsAdministratorRolesOutOfTheBusinessRoles() {
        long admin = count("select id from pf_account where username = ?", "admin");
        assertThrows(
                SQLException.class,
                () -> update("insert into pf_account_role (account_id, role) values (?, 'audit-admin')", admin));
    }

    @Test
    void theDatabaseAcceptsOnlyTheThreeAdministratorRoles() {
        assertThrows(
                SQLException.class,
                () -> update("update pf_account set admin_role = 'root' where username = ?", "admin"));
    }

    @Test
    void flywayOwnsTheSchema() {
        assertEquals(
                1,
                count("select count(*) from flyway_schema_history where version = '202611291200' and success = true"));
    }

    @Test
    void anAccountDisabledDuringARequestIsRefusedInTheSameRequest() throws Exception {
        // the test method is one request: the caller is read once and remembered for the rest of it,
        // so the account change has to make the next call read it again
        long datong = organisationId("SX-DT");
        String name = code("memo").toLowerCase(Locale.ROOT);
        AccountDetails created = as(
                "admin",
                "sys-admin",
                () -> accounts.create(new NewAccount(name, "请求内停用", datong, "Tongxin-Memo-2026!")));
        assertEquals(0L, as(name, "member", notifications::unread));
        as("admin", "sys-admin", () -> {
            accounts.disable(created.id());
            return null;
        });
        Problem refused = assertThrows(Problem.class, () -> as(name, "member", notifications::unread));
        assertEquals(Problem.Kind.FORBIDDEN, refused.kind());
    }

    @Test
    void aSignedInRequestChecksItsAccountWithoutAStatement() throws Exception {
        // issue 22: the account, its roles and the security policy come from the second-level and query caches
        long datong = organisationId("SX-DT");
        String name = code("cost").toLowerCase(Locale.ROOT);
        as("admin", "sys-admin", () -> accounts.create(new NewAccount(name, "请求成本", datong, "Tongxin-Cost-2026!")));
        StatementCount.reset();
        assertFalse(authentication
                .sessionState(code("nobody").toLowerCase(Locale.ROOT))
                .isPresent());
        assertTrue(StatementCount.count() > 0, "the counter counts: an unknown name is looked up in the database");
        for (int i = 0; i < 3; i++) { // the first checks the password and records the login; then the caches fill
            assertTrue(authentication
                    .authenticateRequest(name, "Tongxin-Cost-2026!")
                    .succeeded());
            assertTrue(authentication.sessionState(name).isPresent());
        }

        StatementCount.reset();
        LoginResult api = authentication.authenticateRequest(name, "Tongxin-Cost-2026!");
        assertEquals(0, StatementCount.count(), "an API request with a recently verified password");
        assertTrue(api.succeeded());
        assertFalse(api.secondFactorProtected());
        StatementCount.reset();
        assertTrue(authentication.sessionState(name).isPresent());
        assertEquals(0, StatementCount.count(), "a page request of a signed-in session");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Runs work as a signed-in person with one role, as the web layer's mechanism would set it up. */
    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }

    private long organisationId(String code) {
        return count("select id from pf_organisation where code = ?", code);
    }

    private static String code(String prefix) {
        return ("IT-" + prefix + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
    }

    private long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
