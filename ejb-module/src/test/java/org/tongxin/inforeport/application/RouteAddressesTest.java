package org.tongxin.inforeport.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class RouteAddressesTest {

    private static final RouteAddresses.Resolver DNS = InetAddress::getAllByName;

    @Test
    void loopbackLinkLocalAndUnspecifiedAddressesAreLocal() {
        for (String url : new String[] {
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://localhost:8080/tongxin",
            "http://LOCALHOST.",
            "http://[::1]:8080",
            "http://169.254.169.254/latest",
            "http://[fe80::1]",
            "http://0.0.0.0:8080",
            "http://[::]",
            "http://[::ffff:127.0.0.1]",
            "http://metadata.google.internal",
            "http://100.100.100.200",
            "http://[fd00:ec2::254]",
            "http://app.localhost"
        }) {
            assertTrue(RouteAddresses.local(url, DNS), url);
        }
    }

    @Test
    void ordinaryAddressesAreNotLocal() {
        for (String url : new String[] {
            "http://10.1.2.3:8080", "https://192.168.10.5", "http://172.16.0.1", "https://[2001:db8::1]"
        }) {
            assertFalse(RouteAddresses.local(url, DNS), url);
        }
    }

    @Test
    void aNameIsJudgedByWhatItResolvesTo() {
        RouteAddresses.Resolver rebinding = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}),
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})
        };
        assertTrue(RouteAddresses.local("https://peer.example.gov.cn", rebinding));
        RouteAddresses.Resolver intranet =
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1})};
        assertFalse(RouteAddresses.local("https://peer.example.gov.cn", intranet));
        RouteAddresses.Resolver unknown = host -> {
            throw new UnknownHostException(host);
        };
        assertFalse(RouteAddresses.local("https://peer.example.gov.cn", unknown));
    }

    @Test
    void aLoopbackRouteIsRefusedUnlessTheSettingAllowsIt() {
        String before = System.getProperty(RouteAddresses.ALLOW_LOCAL);
        try {
            System.setProperty(RouteAddresses.ALLOW_LOCAL, "false");
            Problem p = assertThrows(Problem.class, () -> RouteAddresses.check("http://127.0.0.1:8080"));
            assertEquals("problem.route.local", p.fieldKeys().get("baseUrl"));
            System.setProperty(RouteAddresses.ALLOW_LOCAL, "true");
            RouteAddresses.check("http://127.0.0.1:8080");
        } finally {
            if (before == null) {
                System.clearProperty(RouteAddresses.ALLOW_LOCAL);
            } else {
                System.setProperty(RouteAddresses.ALLOW_LOCAL, before);
            }
        }
    }
}
