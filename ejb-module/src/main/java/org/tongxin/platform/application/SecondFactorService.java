package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The second factor (TOTP, RFC 6238) of accounts, and the API access tokens issued after it. Required for
 * the three administrators and for the roles the security policy names; optional for everyone else.
 */
@Local
public interface SecondFactorService {

    /** The associated data the TOTP secrets are sealed with ({@link SecretSeal}). */
    String SECRET_PURPOSE = "pf_account.totp_secret";

    /** Where an account stands. */
    enum State {
        /** Enrolled: every login asks for a code. */
        ENROLLED,
        /** Required (its roles) and not enrolled: the person enrols before anything else. */
        MUST_ENROL,
        /** Neither enrolled nor required. */
        NONE
    }

    /** The outcome of a code (or recovery code). */
    enum Check {
        ACCEPTED,
        /** Wrong, malformed or out of the window: counts toward the lockout. */
        INVALID,
        /** A right code of a step already used: refused, counts toward the lockout. */
        REPLAYED,
        /** No code given where one is required. */
        MISSING,
        /** The account is locked (no code is checked). */
        LOCKED,
        /** The account must enrol first (required, not enrolled). */
        NOT_ENROLLED
    }

    /** A secret offered for enrolment: the Base32 text and the otpauth URI for the QR code. */
    record Offer(String secret, String uri) implements java.io.Serializable {}

    /** An issued API token. */
    record Token(Check check, String accessToken, long expiresIn) implements java.io.Serializable {}

    /** The account behind a valid API token. */
    record TokenCaller(String username, Set<String> roles, boolean mustChangePassword)
            implements java.io.Serializable {}

    /** The caller's own second factor: its state, when enrolled, how many recovery codes are left. */
    record Status(State state, java.time.Instant enrolledAt, int recoveryCodesLeft) implements java.io.Serializable {}

    State state(String username);

    Status mine();

    /** Checks a code or recovery code of an enrolled account after its password (a page login); audited. */
    Check verify(String username, String code);

    /** The caller: a fresh secret to enrol (replacing one offered before and not confirmed). */
    Offer offer();

    /** The caller confirms the offered secret with a first code: the ten recovery codes, shown once. */
    List<String> confirm(String code);

    /**
     * Resets an account's second factor (a lost device): the security administrator, for anyone but
     * themselves; a security administrator's own needs two administrators (the first one asks, a second,
     * the audit administrator or another security administrator, completes).
     *
     * @return true when reset, false when only asked for
     */
    boolean reset(long accountId);

    /** For the caller, authenticated by password: an API token, after a code if the account has two factors. */
    Token issueToken(String code);

    /** The account a {@code tx1.} token stands for, when it still does. */
    Optional<TokenCaller> bearer(String token);

    /** True when the account has a second factor or its roles require one. */
    boolean protectedByCode(String username);
}
