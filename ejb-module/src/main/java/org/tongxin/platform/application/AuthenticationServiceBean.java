package org.tongxin.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.kernel.Role;

/**
 * Login checks. The account row is locked while its failure count changes, so that concurrent wrong
 * passwords on several nodes still lock the account at exactly the policy's limit. Every refusal
 * looks the same to the caller (an unknown name, a wrong password, a locked account cost one hash
 * each and answer "invalid"); only the right password of a locked or disabled account learns why.
 * Every attempt is audited with its real reason.
 *
 * <p>With a directory configured ({@link DirectoryLogin}), the order is: a name that is a local account
 * is checked against its local password only (the break-glass {@code admin} never depends on the
 * directory, and a directory person of the same name never takes it over); a name that is a directory
 * account, or that no account has, is checked by binding to the directory, and {@link ExternalSignIn}
 * creates or refreshes the account. Without a directory, behaviour is exactly the local one.
 */
@Stateless
@PermitAll
public class AuthenticationServiceBean implements AuthenticationService {

    /** Verified against when the login name is unknown, so that both answers take the same time. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password-0");

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @EJB
    SecurityPolicyService policies;

    @EJB
    AuditService audit;

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    VerifiedCredentials verified;

    @Inject
    DirectoryLogin directory;

    @EJB
    ExternalSignIn externalSignIn;

    @Override
    public LoginResult authenticate(String username, String password) {
        return withSecondFactor(check(username, password, false));
    }

    @Override
    public LoginResult authenticateRequest(String username, String password) {
        return withSecondFactor(check(username, password, true));
    }

    /**
     * A success says whether the account must prove a second factor (as {@link SecondFactorService#protectedByCode}
     * does), from the account this check has just read: the persistence context holds it, so no second lookup.
     */
    private LoginResult withSecondFactor(LoginResult result) {
        if (!result.succeeded()) {
            return result;
        }
        return result.withSecondFactor(accounts.byUsername(result.username())
                .map(a -> a.hasSecondFactor() || secondFactorRequired(a))
                .orElse(true));
    }

    private LoginResult check(String username, String password, boolean repeatAllowed) {
        Instant now = clock.instant();
        String name = Account.normaliseUsername(username);
        if (repeatAllowed && password != null) {
            Optional<Account> known = accounts.byUsername(name);
            if (known.isPresent()
                    && known.get().isEnabled()
                    && !known.get().isLocked(now)
                    && verified.matches(name, password, known.get().passwordHash(), now)) {
                Account account = known.get();
                return new LoginResult(
                        LoginResult.Outcome.SUCCESS,
                        account.username(),
                        account.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()),
                        account.mustChangePassword());
            }
        }
        Optional<Account> found = name.isEmpty() ? Optional.empty() : accounts.byUsernameForUpdate(name);
        if (found.isPresent() && found.get().source() == AccountSource.LDAP) {
            return directoryAccount(found.get(), name, password, now);
        }
        if (found.isEmpty() && !name.isEmpty() && directory.enabled()) {
            return firstDirectoryLogin(name, password, now);
        }
        if (found.isEmpty()) {
            hasher.verify(password == null ? "" : password, DUMMY_HASH);
            audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"unknown-user\"}");
            return LoginResult.refused(LoginResult.Outcome.INVALID);
        }
        Account account = found.get();
        SecurityPolicy policy = policies.current();
        if (account.isLocked(now)) {
            // the same hash as any other attempt; only the right password learns that the account is locked
            boolean right = hasher.verify(password, account.passwordHash());
            audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"locked\"}");
            return LoginResult.refused(right ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        if (!hasher.verify(password, account.passwordHash())) {
            verified.forget(name);
            account.recordFailedLogin(now, policy);
            boolean locked = account.isLocked(now);
            audit.recordSecurityEvent(
                    locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILURE",
                    name,
                    "{\"reason\":\"wrong-password\",\"failures\":" + account.failedLogins() + "}");
            return LoginResult.refused(LoginResult.Outcome.INVALID); // a wrong password never learns about the lock
        }
        if (!account.isEnabled()) {
            audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"disabled\"}");
            return LoginResult.refused(LoginResult.Outcome.DISABLED);
        }
        if (account.hasSecondFactor()) {
            // wrong codes between right passwords still add up to the lockout
            account.recordRightPassword(now);
        } else {
            account.recordSuccessfulLogin(now);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            account.rehash(hasher.hash(password));
        }
        verified.remember(name, password, account.passwordHash(), now);
        audit.recordSecurityEvent("LOGIN_SUCCESS", name, null);
        return new LoginResult(
                LoginResult.Outcome.SUCCESS,
                account.username(),
                account.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()),
                account.mustChangePassword() || policy.isExpired(account.passwordChangedAt(), now));
    }

    /**
     * A directory account: the directory checks the password (never the local hash, which is of a secret
     * nobody knows). A wrong password counts toward the lockout as a local one does; a person the
     * directory no longer holds gets their account disabled.
     */
    private LoginResult directoryAccount(Account account, String name, String password, Instant now) {
        if (!directory.enabled()) {
            audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"directory-off\",\"source\":\"LDAP\"}");
            return LoginResult.refused(LoginResult.Outcome.INVALID);
        }
        DirectoryLogin.Answer answer = directory.verify(name, password);
        switch (answer.outcome()) {
            case UNAVAILABLE -> {
                audit.recordSecurityEvent(
                        "LOGIN_FAILURE", name, "{\"reason\":\"directory-unavailable\",\"source\":\"LDAP\"}");
                return LoginResult.refused(LoginResult.Outcome.INVALID);
            }
            case UNKNOWN -> {
                verified.forget(name);
                externalSignIn.vanished(AccountSource.LDAP, account.externalSubject());
                audit.recordSecurityEvent(
                        "LOGIN_FAILURE", name, "{\"reason\":\"gone-from-directory\",\"source\":\"LDAP\"}");
                return LoginResult.refused(LoginResult.Outcome.INVALID);
            }
            case WRONG_PASSWORD -> {
                verified.forget(name);
                if (account.isLocked(now)) {
                    audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"locked\",\"source\":\"LDAP\"}");
                    return LoginResult.refused(LoginResult.Outcome.INVALID);
                }
                account.recordFailedLogin(now, policies.current());
                audit.recordSecurityEvent(
                        account.isLocked(now) ? "ACCOUNT_LOCKED" : "LOGIN_FAILURE",
                        name,
                        "{\"reason\":\"wrong-password\",\"source\":\"LDAP\",\"failures\":" + account.failedLogins()
                                + "}");
                return LoginResult.refused(LoginResult.Outcome.INVALID);
            }
            default -> {
                if (account.isLocked(now)) { // only the right password learns that the account is locked
                    audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"locked\",\"source\":\"LDAP\"}");
                    return LoginResult.refused(LoginResult.Outcome.LOCKED);
                }
                LoginResult result = externalSignIn.signIn(answer.identity());
                if (result.succeeded()) {
                    verified.remember(name, password, account.passwordHash(), now);
                }
                return result;
            }
        }
    }

    /** A name no account has, with a directory configured: the directory may know the person. */
    private LoginResult firstDirectoryLogin(String name, String password, Instant now) {
        DirectoryLogin.Answer answer = directory.verify(name, password);
        if (answer.outcome() != DirectoryLogin.Answer.Outcome.VERIFIED) {
            String reason = switch (answer.outcome()) {
                case WRONG_PASSWORD -> "wrong-password";
                case UNAVAILABLE -> "directory-unavailable";
                default -> "unknown-user";
            };
            audit.recordSecurityEvent("LOGIN_FAILURE", name, "{\"reason\":\"" + reason + "\",\"source\":\"LDAP\"}");
            return LoginResult.refused(LoginResult.Outcome.INVALID);
        }
        LoginResult result = externalSignIn.signIn(answer.identity());
        if (result.succeeded()) {
            accounts.byUsername(name).ifPresent(a -> verified.remember(name, password, a.passwordHash(), now));
        }
        return result;
    }

    @Override
    public Optional<java.util.Set<String>> activeRoles(String username) {
        return accounts.byUsername(username)
                .filter(Account::isEnabled)
                .map(a -> a.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Optional<SessionState> sessionState(String username) {
        Instant now = clock.instant();
        return accounts.byUsername(username)
                .filter(Account::isEnabled)
                .map(a -> new SessionState(
                        a.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()),
                        a.credentialsStamp(),
                        a.mustChangePassword()
                                || !a.isExternal() && policies.current().isExpired(a.passwordChangedAt(), now),
                        !a.hasSecondFactor() && secondFactorRequired(a)));
    }

    private boolean secondFactorRequired(Account a) {
        if (a.isAdministrator()) {
            return true;
        }
        java.util.Set<String> required = policies.secondFactorRoles();
        return !required.isEmpty() && a.roles().stream().anyMatch(r -> required.contains(r.code()));
    }
}
