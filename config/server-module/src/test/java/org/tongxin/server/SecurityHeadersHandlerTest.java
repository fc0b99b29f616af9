package org.tongxin.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersHandlerTest {

    @Test
    void redirectsGoToTheConfiguredHttpsAddressOnly() {
        assertEquals("https://tongxin.example:8443", SecurityHeadersHandler.httpsBase("https://tongxin.example:8443/"));
        assertEquals("https://tongxin.example", SecurityHeadersHandler.httpsBase(" https://tongxin.example/app "));
        assertNull(SecurityHeadersHandler.httpsBase("http://localhost:8080"), "a plain HTTP address is no target");
        assertNull(SecurityHeadersHandler.httpsBase(""));
        assertNull(SecurityHeadersHandler.httpsBase(null));
        assertNull(SecurityHeadersHandler.httpsBase("https://"));
        assertNull(SecurityHeadersHandler.httpsBase("not a url at all"));
    }

    @Test
    void aRedirectMadeAbsoluteFromTheHostHeaderIsSentAsItsPathAlone() {
        assertEquals(
                "/index.xhtml?x=1",
                SecurityHeadersHandler.ownPath("http://evil.example/index.xhtml?x=1", "http", "evil.example"));
        assertEquals(
                "/", SecurityHeadersHandler.ownPath("https://Tongxin.example:8443", "https", "tongxin.example:8443"));
        assertEquals(
                "https://tongxin.example/login.xhtml",
                SecurityHeadersHandler.ownPath("https://tongxin.example/login.xhtml", "http", "tongxin.example"),
                "the redirect to HTTPS names its configured address");
        assertEquals(
                "http://other.example/x",
                SecurityHeadersHandler.ownPath("http://other.example/x", "http", "tongxin.example"));
        assertEquals(
                "http://tongxin.example.evil/x",
                SecurityHeadersHandler.ownPath("http://tongxin.example.evil/x", "http", "tongxin.example"),
                "a longer host is another host");
        assertEquals(
                "/already/relative", SecurityHeadersHandler.ownPath("/already/relative", "http", "tongxin.example"));
    }

    @Test
    void thePolicyAllowsNoInlineScriptAndEndsWithScriptSrcForThePageNonce() {
        String policy = SecurityHeadersHandler.POLICY;
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.endsWith("script-src 'self'"), "PrimeFaces appends the nonce at the end: " + policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(SecurityHeadersHandler.HSTS.contains("max-age=31536000"), SecurityHeadersHandler.HSTS);
    }
}
