package org.tongxin.platform.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.Page;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.domain.Problem;
import org.tongxin.platform.domain.Role;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.domain.VisibleOrganisations;

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
    OrganisationRepository organisations;
    @Inject
    Callers callers;
    @Inject
    Clock clock;
    @Inject
    Inputs inputs;
    @EJB
    SecurityPolicyService policies;
    @Resource
    SessionContext session;
    @Inject
    LoginThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    @PermitAll
    public CallerView me() {
        Account a = callers.account(session.getCallerPrincipal());
        Instant now = clock.instant();
        return new CallerView(a.id(), a.username(), a.displayName(), OrganisationView.of(a.organisation()),
                a.roles().stream().map(Role::code).toList(),
                a.mustChangePassword() || policies.current().isExpired(a.passwordChangedAt(), now));
    }

    @Override
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account a = callers.account(session.getCallerPrincipal());
        if (currentPassword == null || !throttle.verify(hasher, currentPassword, a.passwordHash())) {
            throw Problem.field("currentPassword", "wrong-password", "problem.password.wrong-current");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw Problem.field("newPassword", "weak-password", "problem.password.same-as-current");
        }
        policies.current().check(a.username(), newPassword);
        a.changePassword(hasher.hash(newPassword), clock.instant());
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE})
    public Page<AccountView> search(String text, Page.Request request) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Instant now = clock.instant();
        List<AccountView> items = accounts.search(visible.pathPattern(), text, request.offset(), request.size())
                .stream().map(a -> AccountView.of(a, now)).toList();
        return new Page<>(items, request.page(), request.size(), accounts.countSearch(visible.pathPattern(), text));
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE})
    public AccountView get(long id) {
        return AccountView.of(visibleAccount(id), clock.instant());
    }

    @Override
    @RolesAllowed(Role.SYS_ADMIN_CODE)
    public AccountView create(NewAccount command) {
        NewAccount cmd = inputs.check(command);
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Organisation organisation = organisations.byId(cmd.organisationId()).filter(visible::includes)
                .orElseThrow(() -> Problem.field("organisationId", "not-found", "problem.not-found", "entity.organisation"));
        if (accounts.byUsername(cmd.username()).isPresent()) {
            throw new Problem(Problem.Kind.CONFLICT, "duplicate-username", "problem.account.duplicate-username",
                    java.util.Map.of("username", "problem.account.duplicate-username"), cmd.username());
        }
        String username = Account.normaliseUsername(cmd.username());
        policies.current().check(username, cmd.initialPassword());
        Instant now = clock.instant();
        Account account = new Account(username, cmd.displayName(), organisation, hasher.hash(cmd.initialPassword()), now);
        account.resetPassword(account.passwordHash(), now); // the person chooses their own at first login
        accounts.add(account);
        return AccountView.of(account, now);
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
    public String resetPassword(long id) {
        Account account = visibleAccount(id);
        SecurityPolicy policy = policies.current();
        String password = generatePassword(Math.max(policy.minLength(), 14));
        policy.check(account.username(), password);
        account.resetPassword(hasher.hash(password), clock.instant());
        return password;
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
            roles.add(Role.ofCode(code).orElseThrow(
                    () -> Problem.field("roles", "unknown-role", "problem.account.unknown-role", code)));
        }
        account.assignRoles(roles);
        callers.changed();
    }

    /** An account of an organisation the caller may see; any other answers "not found". */
    private Account visibleAccount(long id) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return accounts.byId(id).filter(a -> visible.includes(a.organisation()))
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
            if (p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p + "-" + (char) ('2' + RANDOM.nextInt(8));
            }
        }
    }
}
