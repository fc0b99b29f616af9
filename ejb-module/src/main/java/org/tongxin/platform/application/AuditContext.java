package org.tongxin.platform.application;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Who acts and from where, for the audit trail. The actor is the authenticated identity of the
 * call (Elytron's current security identity) whenever there is one; otherwise the name bound by
 * the edge (the login name being tried, during a login), else {@link #SYSTEM} for work the
 * platform starts itself (start-up, scheduled jobs). The network address is bound per request by
 * the web layer's filter.
 */
public final class AuditContext {

    public static final String SYSTEM = "system";

    /** The acting user's login name and the network address the request came from. */
    public record Origin(String actor, String address) implements java.io.Serializable {}

    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private AuditContext() {}

    public static Origin current() {
        Origin bound = CURRENT.get();
        String identity = authenticatedName();
        String actor = identity != null ? identity : bound != null ? bound.actor() : SYSTEM;
        return new Origin(actor, bound == null ? null : bound.address());
    }

    private static String authenticatedName() {
        try {
            SecurityDomain domain = SecurityDomain.getCurrent();
            if (domain == null) {
                return null;
            }
            SecurityIdentity identity = domain.getCurrentSecurityIdentity();
            String name = identity == null ? null : identity.getPrincipal().getName();
            return name == null || "anonymous".equals(name) ? null : name;
        } catch (LinkageError | RuntimeException e) {
            return null; // outside the server (unit tests): only the bound origin counts
        }
    }

    /** Binds an origin to this thread until the returned scope is closed. */
    public static Scope bind(String actor, String address) {
        Origin previous = CURRENT.get();
        CURRENT.set(new Origin(actor == null ? "anonymous" : actor, address));
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A binding to be closed in a try-with-resources. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
