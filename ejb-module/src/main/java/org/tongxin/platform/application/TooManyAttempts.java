package org.tongxin.platform.application;

import jakarta.ejb.ApplicationException;
import org.tongxin.platform.kernel.Problem;

/**
 * A login or password check refused without looking at the password: the hashing permits are all
 * taken, or the source address or login name failed too often lately. The edges answer 429 with
 * {@code Retry-After}; the answer is the same whether or not the login name exists.
 */
@ApplicationException(rollback = true)
public class TooManyAttempts extends Problem {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super(Kind.CONFLICT, "too-many-requests", "problem.too-many-requests");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** No stack trace: a flood raises thousands of these a second, and nobody reads where they came from. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** Whole seconds after which a new attempt may succeed (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
