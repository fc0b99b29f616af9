package org.tongxin.platform.application;

import jakarta.ejb.Local;

/** Checks a login name and password, keeping the failure count and lockout in the database. */
@Local
public interface AuthenticationService {

    /** A login (the form): the password is always checked against its hash, and the attempt audited. */
    LoginResult authenticate(String username, String password);

    /**
     * One request of an API client (HTTP Basic on every request): like {@link #authenticate}, but a
     * password verified against the same stored hash in the last minutes is not hashed again, and
     * such repeat successes are not audited one by one. Failures are always checked and audited.
     */
    LoginResult authenticateRequest(String username, String password);

    /**
     * The current roles of a signed-in person, looked up on every request so that a disabled account
     * or a changed role takes effect at once; empty when the account is gone or disabled.
     */
    java.util.Optional<java.util.Set<String>> activeRoles(String username);

    /**
     * The state of a signed-in page session's account, read on every request: empty when the account
     * is gone or disabled.
     */
    java.util.Optional<SessionState> sessionState(String username);
}
