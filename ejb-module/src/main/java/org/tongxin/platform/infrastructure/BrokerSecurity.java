package org.tongxin.platform.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * The embedded broker's security manager: a connection signs in with an account of the platform, checked by the
 * platform's own password check exactly as a remote EJB caller is ({@link RemoteLoginBridge}: lockout, disabled
 * accounts, accounts that must change their password, administrators and second-factor accounts refused), and its
 * account's role codes are what the broker's security settings ({@link EventBroker}) grant permissions to. The
 * application's own connections sign in as {@link #INTERNAL}, with a secret drawn at every start that never leaves
 * the JVM; that user holds the role {@link #INTERNAL_ROLE}, which may do everything.
 */
final class BrokerSecurity implements ActiveMQSecurityManager5 {

    /** The login of the application's own connections (no account of the platform has a name with a '$'). */
    static final String INTERNAL = "$tongxin";
    /** The role of the application's own connections on every address. */
    static final String INTERNAL_ROLE = "$internal";

    private static final Logger LOG = Logger.getLogger(BrokerSecurity.class.getName());

    private final byte[] internalSecret;
    private final BiFunction<String, String, Set<String>> check;

    /**
     * @param internalSecret the password of {@link #INTERNAL}
     * @param check the platform's password check: the account's role codes, or null for a refusal
     */
    BrokerSecurity(String internalSecret, BiFunction<String, String, Set<String>> check) {
        this.internalSecret = internalSecret.getBytes(StandardCharsets.UTF_8);
        this.check = check;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (user == null || password == null || user.isBlank()) {
            return null;
        }
        if (INTERNAL.equals(user)) {
            return MessageDigest.isEqual(internalSecret, password.getBytes(StandardCharsets.UTF_8))
                    ? subject(INTERNAL, Set.of(INTERNAL_ROLE))
                    : null;
        }
        Set<String> roles;
        try {
            roles = check.apply(user, password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a broker login could not be checked", e);
            return null;
        }
        return roles == null ? null : subject(user.strip().toLowerCase(Locale.ROOT), roles);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null || roles == null) {
            return false;
        }
        Set<String> held = subject.getPrincipals(RolePrincipal.class).stream()
                .map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        return roles.stream().anyMatch(r -> checkType.hasRole(r) && held.contains(r.getName()));
    }

    @Override
    public boolean validateUser(String user, String password) {
        return authenticate(user, password, null, null) != null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        Subject s = authenticate(user, password, null, null);
        return s != null && authorize(s, roles, checkType, null);
    }

    @Override
    public BrokerSecurity init(Map<String, String> properties) {
        return this;
    }

    private static Subject subject(String user, Set<String> roles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        roles.forEach(r -> s.getPrincipals().add(new RolePrincipal(r)));
        return s;
    }

    /** The permissions of a role on an address (Artemis' {@link Role}, named by what it allows). */
    static Role role(String name, Set<CheckType> allowed) {
        return new Role(
                name,
                allowed.contains(CheckType.SEND),
                allowed.contains(CheckType.CONSUME),
                allowed.contains(CheckType.CREATE_DURABLE_QUEUE),
                allowed.contains(CheckType.DELETE_DURABLE_QUEUE),
                allowed.contains(CheckType.CREATE_NON_DURABLE_QUEUE),
                allowed.contains(CheckType.DELETE_NON_DURABLE_QUEUE),
                allowed.contains(CheckType.MANAGE),
                allowed.contains(CheckType.BROWSE),
                allowed.contains(CheckType.CREATE_ADDRESS),
                allowed.contains(CheckType.DELETE_ADDRESS),
                allowed.contains(CheckType.VIEW),
                allowed.contains(CheckType.EDIT));
    }
}
