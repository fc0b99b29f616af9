package org.tongxin.platform.web;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the bundles, for code that is not a page (problem answers of the API, messages of
 * the authentication mechanism). Chinese first: Simplified Chinese unless English is asked for.
 */
public final class Texts {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    private static final String[] BUNDLES = {
        "messages.platform",
        "messages.committee",
        "messages.studyhall",
        "messages.inforeport",
        "messages.consultation",
        "messages.proposal",
        "ValidationMessages"
    };

    private Texts() {}

    /** The supported language that best fits the request's preferences; Chinese when none fits. */
    public static Locale choose(Enumeration<Locale> preferred) {
        while (preferred != null && preferred.hasMoreElements()) {
            Locale l = preferred.nextElement();
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    /** The text of a key; arguments that are themselves keys ("entity.organisation", "category.MEETING") are translated too. */
    public static String get(Locale locale, String key, Object... args) {
        Object[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof String s && (s.startsWith("entity.") || s.startsWith("category."))) {
                resolved[i] = lookup(locale, s, new Object[0]);
            }
        }
        return lookup(locale, key, resolved);
    }

    private static String lookup(Locale locale, String key, Object[] args) {
        for (String base : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(base, locale, Texts.class.getClassLoader())
                        .getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}
