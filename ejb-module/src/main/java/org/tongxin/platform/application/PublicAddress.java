package org.tongxin.platform.application;

import java.net.URI;
import java.util.logging.Logger;

/**
 * The address people and programs reach this deployment at, configured with {@code TONGXIN_PUBLIC_URL}
 * ({@code tongxin.public-url}), default {@code http://localhost:8080}. Every absolute link the server
 * writes (feed addresses, iCal UIDs and URLs, the contact card's QR code, copied links) is built from
 * it, never from the Host header of a request, which a client chooses.
 */
public final class PublicAddress {

    public static final String SETTING = "tongxin.public-url";
    public static final String DEFAULT = "http://localhost:8080";

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    private PublicAddress() {}

    /** The configured address without a trailing slash, e.g. {@code https://tongxin.example.gov.cn}. */
    public static String base() {
        return parse(PlatformSettings.get(SETTING).orElse(null));
    }

    /** The host of the configured address, which makes iCal UIDs stable per deployment. */
    public static String host() {
        return URI.create(base()).getHost();
    }

    /** The configured value checked: an absolute http(s) address with a host and no query; else the default. */
    static String parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT;
        }
        String value = configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        LOG.warning(() -> SETTING + " is not an absolute http(s) address, using " + DEFAULT + ": " + configured);
        return DEFAULT;
    }
}
