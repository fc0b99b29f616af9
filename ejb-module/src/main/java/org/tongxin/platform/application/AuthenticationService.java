package org.tongxin.platform.application;

import jakarta.ejb.Local;

/** Checks a login name and password, keeping the failure count and lockout in the database. */
@Local
public interface AuthenticationService {

    LoginResult authenticate(String username, String password);

    /**
     * The current roles of a signed-in person, looked up on every request so that a disabled account
     * or a changed role takes effect at once; empty when the account is gone or disabled.
     */
    java.util.Optional<java.util.Set<String>> activeRoles(String username);
}
