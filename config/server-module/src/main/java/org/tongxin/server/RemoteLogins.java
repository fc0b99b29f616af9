package org.tongxin.server;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * Where the application lends Elytron its password check, so that remote EJB callers (remote+http, {@link
 * TongxinRealm}) are authenticated against the platform's own accounts, with the same hashing, lockout, directory
 * accounts and audit trail as the login form and the API. The EJB module registers its check when it starts and
 * withdraws it when it stops (it sees this class through its manifest's {@code Dependencies: org.tongxin.server});
 * while none is registered every remote login is refused.
 */
public final class RemoteLogins {

    private static volatile BiFunction<String, String, Set<String>> check;

    private RemoteLogins() {}

    /**
     * The application's check: given a login name and password, the account's role codes when the account may call
     * the remote interfaces, null otherwise.
     */
    public static void register(BiFunction<String, String, Set<String>> verifier) {
        check = verifier;
    }

    /** Withdraws the check, if it is still the one registered (a redeployment may have replaced it). */
    public static void unregister(BiFunction<String, String, Set<String>> verifier) {
        if (check == verifier) {
            check = null;
        }
    }

    /** The roles of a verified caller; null for a refusal, or when the application is not running. */
    static Set<String> verify(String name, String password) {
        BiFunction<String, String, Set<String>> c = check;
        if (c == null || name == null || password == null) {
            return null;
        }
        return c.apply(name, password);
    }
}
