package org.tongxin.platform.application;

/**
 * Who acts and from where, for the audit trail, bound to the current thread by the edge that
 * received the request (a servlet filter for pages and the API). Work started by the platform
 * itself (start-up, scheduled jobs) runs as {@link #SYSTEM}.
 */
public final class AuditContext {

    public static final String SYSTEM = "system";

    /** The acting user's login name and the network address the request came from. */
    public record Origin(String actor, String address) {
    }

    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private AuditContext() {
    }

    public static Origin current() {
        Origin o = CURRENT.get();
        return o == null ? new Origin(SYSTEM, null) : o;
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
