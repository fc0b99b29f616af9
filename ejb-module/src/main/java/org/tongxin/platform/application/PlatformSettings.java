package org.tongxin.platform.application;

import java.util.Optional;

/**
 * Deployment settings, read from a system property ({@code tongxin.demo-data}) or else the matching
 * environment variable ({@code TONGXIN_DEMO_DATA}).
 */
public final class PlatformSettings {

    private PlatformSettings() {}

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(
                    name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
