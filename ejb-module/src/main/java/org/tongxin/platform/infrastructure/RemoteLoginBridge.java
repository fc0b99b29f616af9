package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Set;
import java.util.function.BiFunction;
import org.tongxin.platform.application.AuditContext;
import org.tongxin.platform.application.AuthenticationService;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.kernel.Role;
import org.tongxin.server.RemoteLogins;

/**
 * Lends the server's Elytron realm of remote EJB callers ({@code org.tongxin.server.TongxinRealm}) the platform's
 * password check, so that a system calling the remote interfaces over remote+http signs in with an account of the
 * platform, exactly as an API client does ({@link AuthenticationService#authenticateRequest}: the same hash, lockout,
 * directory accounts, audit trail). Refused besides: an account that must change its password first (it changes it
 * through {@code POST /api/v1/me/password}), an administrator, and an account protected by a second factor, which a
 * password alone never opens (docs/security.md). The roles answered are the account's codes; the facades'
 * {@code @RolesAllowed} decide what the caller may do.
 */
@Singleton
@Startup
public class RemoteLoginBridge {

    /** The address the audit trail records for a remote EJB login (Elytron's realm is not told the peer's). */
    static final String ORIGIN = "remote+http";

    @EJB
    AuthenticationService authentication;

    @EJB
    SecondFactorService secondFactor;

    private BiFunction<String, String, Set<String>> check;

    @PostConstruct
    void register() {
        ClassLoader loader = getClass().getClassLoader();
        AuthenticationService auth = authentication;
        SecondFactorService factor = secondFactor;
        check = (name, password) -> verify(loader, auth, factor, name, password, ORIGIN);
        RemoteLogins.register(check);
    }

    @PreDestroy
    void unregister() {
        RemoteLogins.unregister(check);
    }

    static Set<String> verify(
            ClassLoader loader,
            AuthenticationService authentication,
            SecondFactorService secondFactor,
            String name,
            String password,
            String origin) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // a remoting thread of the server, not one of the deployment
        try (AuditContext.Scope ignored = AuditContext.bind(name, origin)) {
            LoginResult result = authentication.authenticateRequest(name, password);
            if (!result.succeeded()
                    || result.mustChangePassword()
                    || result.roles().stream()
                            .map(Role::ofCode)
                            .anyMatch(r -> r.isPresent() && r.get().isAdministrator())
                    || secondFactor.protectedByCode(result.username())) {
                return null;
            }
            return result.roles();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
