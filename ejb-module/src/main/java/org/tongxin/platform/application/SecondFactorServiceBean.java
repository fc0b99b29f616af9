package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.ApiToken;
import org.tongxin.platform.domain.Totp;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Two factors. A failed code counts toward the same lockout as a wrong password (the account row locked
 * while the count changes) and is audited; a code is accepted once (the last accepted time step is kept
 * per account, only later steps pass); recovery codes are kept as hashes and used once. API tokens are
 * random ({@code tx1.} and 256 bits), kept as their SHA-256, and end with the expiry
 * ({@code TONGXIN_API_TOKEN_MINUTES}, default 60) or at once when the account changes.
 */
@Stateless
public class SecondFactorServiceBean implements SecondFactorService {

    /** The prefix of the platform's own API tokens (bearer tokens of other issuers do not have it). */
    public static final String TOKEN_PREFIX = "tx1.";

    private static final String ISSUER = "Tongxin";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @EJB
    SecurityPolicyService policies;

    @EJB
    AuditService audit;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    @PermitAll
    public State state(String username) {
        return accounts.byUsername(Account.normaliseUsername(username))
                .map(this::stateOf)
                .orElse(State.NONE);
    }

    @Override
    @PermitAll
    public Status mine() {
        Account a = callers.account(session.getCallerPrincipal());
        return new Status(stateOf(a), a.totpEnrolledAt(), a.recoveryCodesLeft());
    }

    private State stateOf(Account a) {
        if (a.hasSecondFactor()) {
            return State.ENROLLED;
        }
        return required(a) ? State.MUST_ENROL : State.NONE;
    }

    private boolean required(Account a) {
        if (a.isAdministrator()) {
            return true;
        }
        Set<String> roles = policies.secondFactorRoles();
        return a.roles().stream().anyMatch(r -> roles.contains(r.code()));
    }

    @Override
    @PermitAll
    public boolean protectedByCode(String username) {
        return state(username) != State.NONE;
    }

    @Override
    @PermitAll
    public Check verify(String username, String code) {
        Account a = accounts.byUsernameForUpdate(Account.normaliseUsername(username))
                .orElse(null);
        if (a == null) {
            return Check.INVALID;
        }
        return check(a, code);
    }

    /** Checks a code against the locked account row: the lockout, the window, the replay, recovery codes. */
    private Check check(Account a, String code) {
        Instant now = clock.instant();
        if (a.isLocked(now)) {
            audit.recordSecurityEvent("SECOND_FACTOR_FAILURE", a.username(), "{\"reason\":\"locked\"}");
            return Check.LOCKED;
        }
        if (!a.hasSecondFactor()) {
            return Check.NOT_ENROLLED;
        }
        String given = code == null ? "" : code.strip();
        if (given.isEmpty()) {
            return Check.MISSING;
        }
        String secret = SecretSeal.node().open(a.sealedTotpSecret(), SecondFactorService.SECRET_PURPOSE);
        String digits = given.replace(" ", "");
        if (digits.length() == Totp.DIGITS && digits.chars().allMatch(Character::isDigit)) {
            OptionalLong step = Totp.match(secret, digits, now, a.totpLastStep());
            if (step.isPresent()) {
                a.acceptTotpStep(step.getAsLong());
                a.recordSuccessfulLogin(now);
                return Check.ACCEPTED;
            }
            boolean replay = Totp.isReplay(secret, digits, now, a.totpLastStep());
            return failed(a, now, replay ? "replayed" : "wrong-code", replay ? Check.REPLAYED : Check.INVALID);
        }
        if (a.useRecoveryCode(recoveryHash(a.username(), given))) {
            a.recordSuccessfulLogin(now);
            audit.recordSecurityEvent(
                    "SECOND_FACTOR_RECOVERY_USED", a.username(), "{\"left\":" + a.recoveryCodesLeft() + "}");
            return Check.ACCEPTED;
        }
        return failed(a, now, "wrong-recovery-code", Check.INVALID);
    }

    private Check failed(Account a, Instant now, String reason, Check check) {
        a.recordFailedCode(now, policies.current());
        boolean locked = a.isLocked(now);
        audit.recordSecurityEvent(
                locked ? "ACCOUNT_LOCKED" : "SECOND_FACTOR_FAILURE",
                a.username(),
                "{\"reason\":\"" + reason + "\",\"failures\":" + a.failedLogins() + "}");
        return check;
    }

    @Override
    @PermitAll
    public Offer offer() {
        Account a = callers.account(session.getCallerPrincipal());
        if (a.hasSecondFactor()) {
            throw Problem.conflict("second-factor-enrolled", "problem.second-factor.enrolled");
        }
        String secret = Totp.newSecret();
        a.offerSecondFactor(SecretSeal.node().seal(secret, SecondFactorService.SECRET_PURPOSE));
        return new Offer(secret, Totp.uri(ISSUER, a.username(), secret));
    }

    @Override
    @PermitAll
    public List<String> confirm(String code) {
        Account a = accounts.byUsernameForUpdate(session.getCallerPrincipal().getName())
                .orElseThrow(Problem::forbidden);
        if (a.hasSecondFactor()) {
            throw Problem.conflict("second-factor-enrolled", "problem.second-factor.enrolled");
        }
        if (a.sealedPendingTotpSecret() == null) {
            throw Problem.conflict("second-factor-not-offered", "problem.second-factor.not-offered");
        }
        String secret = SecretSeal.node().open(a.sealedPendingTotpSecret(), SecondFactorService.SECRET_PURPOSE);
        Instant now = clock.instant();
        OptionalLong step = Totp.match(secret, code, now, a.totpLastStep());
        if (step.isEmpty()) {
            throw Problem.field("code", "second-factor-invalid", "problem.second-factor.invalid");
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String c = recoveryCode();
            codes.add(c);
            hashes.add(recoveryHash(a.username(), c));
        }
        a.enrolSecondFactor(
                SecretSeal.node().seal(secret, SecondFactorService.SECRET_PURPOSE), step.getAsLong(), hashes, now);
        audit.recordSecurityEvent("SECOND_FACTOR_ENROLLED", a.username(), null);
        callers.changed();
        return codes;
    }

    @Override
    @RolesAllowed({Role.SYS_ADMIN_CODE, Role.SECURITY_ADMIN_CODE, Role.AUDIT_ADMIN_CODE})
    public boolean reset(long accountId) {
        Caller caller = callers.caller(session.getCallerPrincipal());
        Account target = accounts.byId(accountId)
                .filter(t -> callers.visible(session.getCallerPrincipal())
                        .includes(t.organisation().path()))
                .orElseThrow(() -> Problem.notFound("account"));
        if (target.username().equals(caller.username())) {
            throw Problem.rule("self-reset", "problem.second-factor.self-reset");
        }
        if (!target.hasRole(Role.SECURITY_ADMIN)) {
            if (!caller.roles().contains(Role.SECURITY_ADMIN)) {
                throw Problem.forbidden();
            }
            target.resetSecondFactor();
            audit.recordSecurityEvent(
                    "SECOND_FACTOR_RESET", caller.username(), "{\"account\":\"" + target.username() + "\"}");
            callers.changed();
            return true;
        }
        // a security administrator's own second factor: two administrators, as for their password
        String first = target.secondFactorResetBy();
        if (first == null || first.equals(caller.username())) {
            target.requestSecondFactorReset(caller.username());
            audit.recordSecurityEvent(
                    "SECOND_FACTOR_RESET_REQUESTED", caller.username(), "{\"account\":\"" + target.username() + "\"}");
            return false;
        }
        if (!caller.roles().contains(Role.AUDIT_ADMIN) && !caller.roles().contains(Role.SECURITY_ADMIN)) {
            throw Problem.forbidden();
        }
        target.resetSecondFactor();
        audit.recordSecurityEvent(
                "SECOND_FACTOR_RESET",
                caller.username(),
                "{\"account\":\"" + target.username() + "\",\"requestedBy\":\"" + first + "\"}");
        callers.changed();
        return true;
    }

    @Override
    @PermitAll
    public Token issueToken(String code) {
        Account a = accounts.byUsernameForUpdate(session.getCallerPrincipal().getName())
                .orElseThrow(Problem::forbidden);
        State state = stateOf(a);
        if (state == State.MUST_ENROL) {
            return new Token(Check.NOT_ENROLLED, null, 0);
        }
        if (state == State.ENROLLED) { // for an account without a second factor a code is optional and ignored
            Check check = check(a, code);
            if (check != Check.ACCEPTED) {
                return new Token(check, null, 0);
            }
        }
        Instant now = clock.instant();
        em.createQuery("delete from ApiToken t where t.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token =
                TOKEN_PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Duration lifetime = lifetime();
        em.persist(new ApiToken(sha256(token), a, now, now.plus(lifetime)));
        audit.recordSecurityEvent(
                "API_TOKEN_ISSUED", a.username(), "{\"secondFactor\":" + (state == State.ENROLLED) + "}");
        return new Token(Check.ACCEPTED, token, lifetime.toSeconds());
    }

    @Override
    @PermitAll
    public Optional<TokenCaller> bearer(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .flatMap(t -> accounts.byId(t.accountId()).filter(a -> t.validFor(a, now)))
                .map(a -> new TokenCaller(
                        a.username(),
                        a.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()),
                        a.mustChangePassword() || policies.current().isExpired(a.passwordChangedAt(), now)));
    }

    static Duration lifetime() {
        int minutes = PlatformSettings.get("tongxin.api-token-minutes")
                .map(String::strip)
                .map(Integer::parseInt)
                .orElse(60);
        return Duration.ofMinutes(Math.max(1, Math.min(minutes, 24 * 60)));
    }

    private static String recoveryCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The stored form of a recovery code: SHA-256 of the login name and the code as typed, without dashes or case. */
    static String recoveryHash(String username, String code) {
        String normal = code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return sha256(username + ":" + normal);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
