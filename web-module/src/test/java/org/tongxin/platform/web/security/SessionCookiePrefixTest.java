package org.tongxin.platform.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookiePrefixTest {

    /** A SessionCookieConfig that keeps what is set, like the container's before the context starts. */
    private static SessionCookieConfig config(Map<String, Object> values) {
        return (SessionCookieConfig) Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set")) {
                        values.put(name.substring(3), args[0]);
                        return null;
                    }
                    if (name.startsWith("get") || name.startsWith("is")) {
                        Object v = values.get(name.substring(name.startsWith("is") ? 2 : 3));
                        return v == null && method.getReturnType() == boolean.class ? false : v;
                    }
                    return null;
                });
    }

    @Test
    void withHttpsTheSessionCookieGetsTheHostPrefixSecureAndTheRootPath() {
        Map<String, Object> values = new HashMap<>(Map.of("Name", "TONGXIN_SESSION", "Domain", "intranet.example"));
        SessionCookiePrefix.apply(config(values), true);
        assertEquals("__Host-TONGXIN_SESSION", values.get("Name"));
        assertEquals(true, values.get("Secure"));
        assertEquals("/", values.get("Path"));
        assertNull(values.get("Domain"), "a __Host- cookie may name no domain");
    }

    @Test
    void onPlainHttpTheNameStaysForABrowserWouldRefuseAPrefixedCookie() {
        Map<String, Object> values = new HashMap<>(Map.of("Name", "TONGXIN_SESSION"));
        SessionCookiePrefix.apply(config(values), false);
        assertEquals(Map.of("Name", "TONGXIN_SESSION"), values);
    }

    @Test
    void aNameThatHasThePrefixAlreadyIsNotPrefixedTwice() {
        Map<String, Object> values = new HashMap<>(Map.of("Name", "__Host-TONGXIN_SESSION"));
        SessionCookiePrefix.apply(config(values), true);
        assertEquals("__Host-TONGXIN_SESSION", values.get("Name"));
    }
}
