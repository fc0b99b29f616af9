package org.tongxin.platform.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * With HTTPS on ({@code tongxin.tls.enabled}, set by {@code bin/tongxin.conf} when
 * {@code TONGXIN_TLS_KEYSTORE} is given), the session cookie is named with the {@code __Host-} prefix
 * (OWASP ASVS 5.0 3.3.1): a browser then accepts it only from a secure origin, with {@code Path=/} and
 * no {@code Domain}, so neither a sibling host on the intranet nor a plain-HTTP page can plant or
 * overwrite the session. Without TLS (the quick start on plain HTTP) the name stays
 * {@code TONGXIN_SESSION}: a browser would refuse a prefixed cookie there.
 */
public class SessionCookiePrefix implements ServletContextListener {

    static final String TLS_ENABLED = "tongxin.tls.enabled";
    static final String PREFIX = "__Host-";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        apply(event.getServletContext().getSessionCookieConfig(), Boolean.getBoolean(TLS_ENABLED));
    }

    static void apply(SessionCookieConfig cookie, boolean tls) {
        if (!tls || cookie.getName() == null || cookie.getName().startsWith(PREFIX)) {
            return;
        }
        cookie.setName(PREFIX + cookie.getName());
        cookie.setSecure(true);
        cookie.setPath("/");
        cookie.setDomain(null);
    }
}
