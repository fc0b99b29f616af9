package org.tongxin.platform.application;

/**
 * The few secrets other contexts must be able to read back (a route's password), sealed with this
 * node's key: other contexts ask here, never the platform's infrastructure. {@code purpose} names the
 * column, so a sealed value copied into another column does not open.
 */
public final class Secrets {

    private Secrets() {}

    public static String seal(String plain, String purpose) {
        return SecretSeal.node().seal(plain, purpose);
    }

    public static String open(String stored, String purpose) {
        return SecretSeal.node().open(stored, purpose);
    }
}
