package org.tongxin.inforeport.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.Problem;

/**
 * Where a route to another deployment may point. Not at this machine or its neighbours' internals: a
 * loopback (127.0.0.0/8, ::1, localhost), link-local (169.254.0.0/16, fe80::/10, where cloud metadata
 * services answer), unspecified (0.0.0.0, ::) address or a known metadata host, unless
 * {@code TONGXIN_ROUTES_ALLOW_LOCAL} ({@code tongxin.routes.allow-local}) is true (tests, a single test
 * machine). The host is resolved when the route is saved and again before every delivery, so that a
 * name that later resolves to a local address (DNS rebinding) is refused then.
 */
public final class RouteAddresses {

    public static final String ALLOW_LOCAL = "tongxin.routes.allow-local";

    private static final List<String> LOCAL_NAMES =
            List.of("localhost", "localhost.localdomain", "ip6-localhost", "metadata.google.internal", "metadata");

    /** Resolves a host name to its addresses; a seam for tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private RouteAddresses() {}

    public static boolean localAllowed() {
        return PlatformSettings.flag(ALLOW_LOCAL);
    }

    /** Refuses (422, field baseUrl) a base URL that points at a local address, unless the setting allows it. */
    public static void check(String baseUrl) {
        if (!localAllowed() && local(baseUrl, InetAddress::getAllByName)) {
            throw Problem.field("baseUrl", "invalid-url", "problem.route.local");
        }
    }

    /** True when the URL's host is, or resolves to, a loopback, link-local, unspecified or metadata address. */
    public static boolean local(String url, Resolver resolver) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false; // not a URL at all: the format check refuses it
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (LOCAL_NAMES.contains(name) || name.endsWith(".localhost")) {
            return true;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return false; // unknown today; delivery checks again when it resolves
        }
        for (InetAddress a : addresses) {
            if (local(a)) {
                return true;
            }
        }
        return false;
    }

    static boolean local(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) == 0 // 0.0.0.0/8: "this network"
                    || (b[0] & 0xff) == 100
                            && (b[1] & 0xff) == 100
                            && (b[2] & 0xff) == 100
                            && (b[3] & 0xff) == 200; // Alibaba Cloud metadata
        }
        // IPv4-mapped or -compatible IPv6 (::ffff:127.0.0.1) judged by their IPv4 part; fd00:ec2::254 (AWS metadata)
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0)) {
            try {
                return local(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return java.util.Arrays.equals(b, AWS_METADATA_V6);
    }

    private static final byte[] AWS_METADATA_V6 = {
        (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
    };
}
