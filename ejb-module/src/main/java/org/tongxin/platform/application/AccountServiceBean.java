package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.domain.PasswordResetRequest;
import org.tongxin.platform.domain.PasswordResets;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * Accounts. Duties are split as the graded-protection standard asks: the system administrator opens,
 * disables and resets accounts; the security administrator grants roles; nobody changes their own
 * roles or disables themselves.
 */
@Stateless
public class AccountServiceBean implements AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    DepartmentDirectory departments;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Inputs inputs;

    @EJB
    SecurityPolicyService policies;

    @EJB
    PasswordFailures failures;

    @EJB
    NotificationService notifications;

    @EJB
    SecondFactorService secondFactor;

    @Inject
    PasswordResets resets;

    @Inject
    VerifiedCredentials verified;

    @Resource
    SessionContext session;

    @Inject
    LoginThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    @PermitAll
    public CallerDetails me() {
        Account a = callers.account(session.getCallerPrincipal());
        Instant now = clock.instant();
        return new CallerDetails(
                a.id(),
                a.username(),
                a.displayName(),
                OrganisationDetails.of(a.organisation()),
                a.roles().stream().map(Role::code).toList(),
                a.mustChangePassword() || !a.isExternal() && policies.current().isExpired(a.passwordChangedAt(), now),
                a.source().name(),
                secondFactor.protectedByCode(a.username()));
    }

    @Override
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account a = callers.account(session.getCallerPrincipal());
        if (a.isExternal()) { // the directory or the provider keeps this person's password
            throw Problem.rule("external-account", "problem.password.external");
        }
        Instant now = clock.instant();
        if (a.isLocked(now)) {
            throw Problem.field("currentPassword", "account-locked", "problem.password.locked");
        }
        if (currentPassword == null || !throttle.verify(hasher, currentPassword, a.passwordHash())) {
            // counts toward the lockout like a wrong login (in a transaction of its own: this one rolls back)
            boolean locked = failures.wrongCurrentPassword(a.username());
            throw locked
                    ? Problem.field("currentPassword", "account-locked", "problem.password.locked")
                    : Problem.field("currentPassword", "wrong-password", "problem.password.wrong-current");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw Problem.field("newPassword", "weak-password", "problem.password.same-as-current");
        }
        policies.current().check(a.username(), a.displayName(), newPassword);
        a.changePassword(hasher.hash(newPassword), now);
        a.recordSuccessfulLogin(now);
        verified.forget(a.username());
        callers.changed();
    }

    @Override
    @PermitAll
    public long myCredentialsStamp() {
        return callers.account(session.getCallerPrincipal()).credentialsStamp();
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE})
    public Page<AccountDetails> search(String text, Page.Request request) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Instant now = clock.instant();
        List<Account> found = accounts.search(visible.pathPattern(), text, request.offset(), request.size());
        java.util.Map<Long, PasswordResetRequest> pending =
                resets.latestOf(found.stream().map(Account::id).toList());
        java.util.Map<Long, DepartmentSummary> units = departments.all(found.stream()
                .map(Account::departmentId)
                .filter(java.util.Objects::nonNull)
                .toList());
        List<AccountDetails> items = found.stream()
                .map(a -> AccountDetails.of(
                        a,
                        now,
                        pending.containsKey(a.id()) ? PasswordResetSummary.of(pending.get(a.id()), a.username()) : null,
                        departmentName(units.get(a.departmentId()))))
                .toList();
        return new Page<>(items, request.page(), request.size(), accounts.countSearch(visible.pathPattern(), text));
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE})
    public AccountDetails get(long id) {
        Account a = visibleAccount(id);
        PasswordResetRequest r = resets.latestOf(List.of(a.id())).get(a.id());
        return AccountDetails.of(
                a,
                clock.instant(),
                r == null ? null : PasswordResetSummary.of(r, a.username()),
                a.departmentId() == null
                        ? null
                        : departmentName(departments.find(a.departmentId()).orElse(null)));
    }

    private static String departmentName(DepartmentSummary department) {
        return department == null ? null : department.name();
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public AccountDetails create(NewAccount command) {
        NewAccount cmd = inputs.check(command);
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Organisation organisation = organisations
                .byId(cmd.organisationId())
                .filter(o -> visible.includes(o.path()))
                .orElseThrow(
                        () -> Problem.field("organisationId", "not-found", "problem.not-found", "entity.organisation"));
        if (accounts.byUsername(cmd.username()).isPresent()) {
            throw new Problem(
                    Problem.Kind.CONFLICT,
                    "duplicate-username",
                    "problem.account.duplicate-username",
                    java.util.Map.of("username", "problem.account.duplicate-username"),
                    cmd.username());
        }
        String username = Account.normaliseUsername(cmd.username());
        policies.current().check(username, cmd.displayName(), cmd.initialPassword());
        Instant now = clock.instant();
        Account account =
                new Account(username, cmd.displayName(), organisation, hasher.hash(cmd.initialPassword()), now);
        account.resetPassword(account.passwordHash(), now); // the person chooses their own at first login
        accounts.add(account);
        return AccountDetails.of(account, now, null, null);
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public void disable(long id) {
        Account account = visibleAccount(id);
        if (account.username().equals(session.getCallerPrincipal().getName())) {
            throw Problem.rule("self-disable", "problem.account.self-disable");
        }
        account.disable();
        callers.changed();
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public void enable(long id) {
        visibleAccount(id).enable();
        callers.changed();
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public PasswordReset resetPassword(long id) {
        Account account = visibleAccount(id);
        String me = session.getCallerPrincipal().getName();
        if (account.username().equals(me)) {
            throw Problem.rule("self-reset", "problem.reset.self");
        }
        if (account.isExternal()) {
            throw Problem.rule("external-account", "problem.reset.external");
        }
        Instant now = clock.instant();
        if (account.isAdministrator()) {
            // 三员: no administrator alone may learn an administrator's password; another one approves
            PasswordResetRequest request = resets.pendingForUpdate(account.id()).orElse(null);
            if (request == null) {
                resets.latestForUpdate(account.id()).ifPresent(old -> old.cancel(now)); // a half not yet shown is void
                request = new PasswordResetRequest(account.id(), me, now);
                resets.add(request);
                tellAdministrators("notice.password-reset.requested", List.of(account.username(), me));
            }
            return new PasswordReset(null, PasswordResetSummary.of(request, account.username()));
        }
        SecurityPolicy policy = policies.current();
        String password;
        do {
            password = generatePassword(Math.max(policy.minLength(), 14));
        } while (!acceptable(policy, account, password));
        account.resetPassword(hasher.hash(password), now);
        resets.latestForUpdate(account.id()).ifPresent(old -> old.cancel(now));
        verified.forget(account.username());
        callers.changed();
        return new PasswordReset(password, null);
    }

    @Override
    @RolesAllowed({Role.SECURITY_ADMIN_CODE, Role.AUDIT_ADMIN_CODE})
    public PasswordHalf approvePasswordReset(long id) {
        Account account = visibleAccount(id);
        Caller caller = callers.caller(session.getCallerPrincipal());
        // the security administrator approves; a security administrator's own reset is approved by the
        // audit administrator (so that a deployment with one security administrator is never stuck)
        boolean mayApprove = caller.roles().contains(Role.SECURITY_ADMIN)
                || caller.roles().contains(Role.AUDIT_ADMIN) && account.hasRole(Role.SECURITY_ADMIN);
        if (!mayApprove) {
            throw Problem.forbidden();
        }
        Instant now = clock.instant();
        PasswordResetRequest request = resets.pendingForUpdate(account.id())
                .orElseThrow(() -> Problem.conflict("no-reset-request", "problem.reset.not-pending"));
        SecurityPolicy policy = policies.current();
        int halfLength = Math.max((policy.minLength() + 1) / 2, 8);
        String first;
        String second;
        do {
            first = randomHalf(halfLength);
            second = randomHalf(halfLength);
        } while (!acceptable(policy, account, first + second));
        request.approve(caller.username(), account.username(), resets.seal(first, account.id()), now);
        account.resetPasswordUnderDualControl(hasher.hash(first + second), now);
        verified.forget(account.username());
        callers.changed();
        tellAdministrators(
                "notice.password-reset.approved",
                List.of(account.username(), request.requestedBy(), caller.username()));
        return new PasswordHalf(PasswordResetSummary.of(request, account.username()), second, 2);
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE, Role.AUDIT_ADMIN_CODE})
    public PasswordHalf passwordReset(long id) {
        Account account = visibleAccount(id);
        PasswordResetRequest request =
                resets.latestForUpdate(account.id()).orElseThrow(() -> Problem.notFound("password-reset"));
        String half = request.takeRequesterHalf(session.getCallerPrincipal().getName(), clock.instant())
                .map(seal -> resets.open(seal, account.id()))
                .orElse(null);
        return new PasswordHalf(PasswordResetSummary.of(request, account.username()), half, half == null ? null : 1);
    }

    private void tellAdministrators(String key, List<String> arguments) {
        for (Long admin : resets.administratorIds()) {
            notifications.notify(admin, key, arguments, "/platform/accounts.xhtml");
        }
    }

    private static boolean acceptable(SecurityPolicy policy, Account account, String password) {
        try {
            policy.check(account.username(), account.displayName(), password);
            return true;
        } catch (Problem p) {
            return false;
        }
    }

    private static String randomHalf(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE})
    public void unlock(long id) {
        visibleAccount(id).unlock();
    }

    @Override
    @RolesAllowed(Role.SECURITY_ADMIN_CODE)
    public void assignRoles(long id, Set<String> roleCodes) {
        Account account = visibleAccount(id);
        if (account.username().equals(session.getCallerPrincipal().getName())) {
            throw Problem.rule("self-roles", "problem.account.self-roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : roleCodes) {
            roles.add(Role.ofCode(code)
                    .orElseThrow(() -> Problem.field("roles", "unknown-role", "problem.account.unknown-role", code)));
        }
        if (account.assignRoles(roles, () -> hasher.hash(randomHalf(32)), clock.instant())) {
            // an administrator role for an account whose password an administrator may know: that
            // password stops working here; the account opens only through a dual-controlled reset
            verified.forget(account.username());
        }
        callers.changed();
    }

    @Override
    @RolesAllowed(Role.SECURITY_ADMIN_CODE)
    public void linkDepartment(long id, Long departmentId) {
        Account account = visibleAccount(id);
        if (departmentId == null) {
            account.actFor(null);
        } else {
            if (!account.roles().contains(Role.HANDLING_UNIT)) {
                throw Problem.field("departmentId", "not-handling-unit", "problem.account.department-role");
            }
            account.actFor(departments
                    .choosable(departmentId, account.organisation().id(), "departmentId")
                    .id());
        }
        callers.changed();
    }

    @Override
    @RolesAllowed(Role.SECURITY_ADMIN_CODE)
    public List<DepartmentSummary> departmentChoices(long id) {
        return departments.inUse(visibleAccount(id).organisation().id());
    }

    /** An account of an organisation the caller may see; any other answers "not found". */
    private Account visibleAccount(long id) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return accounts.byId(id)
                .filter(a -> visible.includes(a.organisation().path()))
                .orElseThrow(() -> Problem.notFound("account"));
    }

    /** A random password of letters and digits with at least one of each kind, easy to read aloud. */
    static String generatePassword(int length) {
        while (true) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isUpperCase)
                    && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p + "-" + (char) ('2' + RANDOM.nextInt(8));
            }
        }
    }
}
