package org.tongxin.platform.domain;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The rule for the login names of member accounts made in bulk: the pinyin of the member's name, lower-case
 * ASCII letters and digits only, without tones or spaces (ü written v: 吕 lv); a name without any such
 * character gives {@code member}, one that starts with a digit or has one character only is put after
 * {@code member} (a login starts with a letter and has two characters at least). On a clash with an existing login the first free of {@code base2},
 * {@code base3}, … is taken (wangjianguo, wangjianguo2, wangjianguo3).
 */
public final class MemberUsernames {

    /** Room left in a 64-character login for the number added on a clash. */
    static final int MAX_BASE = 56;

    private MemberUsernames() {}

    public static String base(String pinyin) {
        String p = pinyin == null ? "" : pinyin.toLowerCase(Locale.ROOT).replace('ü', 'v');
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length() && b.length() < MAX_BASE; i++) {
            char c = p.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        String base = b.toString();
        // a login name starts with a letter and has two characters at least (Account's rule)
        if (base.length() < 2 || base.charAt(0) < 'a' || base.charAt(0) > 'z') {
            return ("member" + base).substring(0, Math.min(MAX_BASE, 6 + base.length()));
        }
        return base;
    }

    /** The base itself when free, else the base with the smallest number from 2 on that is free. */
    public static String firstFree(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
