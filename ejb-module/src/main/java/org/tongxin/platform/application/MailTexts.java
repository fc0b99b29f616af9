package org.tongxin.platform.application;

import java.util.Locale;

/**
 * The texts of the bundles, for mail written away from any page. The bundles live with the pages (web module),
 * which the EJB module cannot see: the web module hands its reader over at start ({@link Mailer#useTexts}).
 * Returns the key itself when the bundles do not know it.
 */
@FunctionalInterface
public interface MailTexts {

    String text(Locale locale, String key, Object... arguments);
}
