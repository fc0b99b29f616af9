package org.tongxin.platform.kernel;

import java.util.Map;

/**
 * Fired once, in the first start's transaction, so that other contexts can add their own start-up
 * data; with demo data it names the demo organisations (by code) and logins (by name).
 */
public record PlatformInitialised(boolean demoData, Map<String, Long> organisationIds, Map<String, Long> accountIds) {}
