package org.tongxin.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords everybody tries first: a shipped list (common-passwords.txt beside this class:
 * international and Chinese favourites, keyboard walks) compared case-insensitively, also with the
 * digits and symbols around it taken off (password1234, woaini1314, 2026qwerty!) and with the
 * symbols inside taken off (pass-word); and a password that is one character repeated or a run such
 * as 123456789012 or abcdefghijkl.
 */
public final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    public static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String trailing = lower.replaceAll("[^\\p{L}]+$", "");
        String leading = lower.replaceAll("^[^\\p{L}]+", "");
        if (LIST.contains(trailing) || LIST.contains(leading)) {
            return true;
        }
        String core = leading.replaceAll("[^\\p{L}]+$", "");
        if (core.isEmpty()) {
            // nothing but digits and symbols: refused when it is a run or a repeat, or a listed one
            String digits = lower.replaceAll("[^0-9]", "");
            return isRunOrRepeat(lower) || LIST.contains(digits) || LIST.contains(stripRepeats(digits));
        }
        String joined = core.replaceAll("[^\\p{L}\\p{N}]", "");
        return LIST.contains(core) || LIST.contains(joined) || isRunOrRepeat(lower) || isRunOrRepeat(joined);
    }

    /** 1111…, 1234…, 9876…, abcd…: each character the same as, one after or one before the previous. */
    static boolean isRunOrRepeat(String s) {
        if (s.length() < 4) {
            return false;
        }
        int step = s.charAt(1) - s.charAt(0);
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            boolean wraps = step == 1 && s.charAt(i - 1) == '9' && s.charAt(i) == '0'
                    || step == -1 && s.charAt(i - 1) == '0' && s.charAt(i) == '9';
            if (d != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    /** 123456123456 is 123456 typed twice. */
    private static String stripRepeats(String s) {
        for (int len = 1; len <= s.length() / 2; len++) {
            if (s.length() % len == 0 && s.equals(s.substring(0, len).repeat(s.length() / len))) {
                return s.substring(0, len);
            }
        }
        return s;
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String p = line.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.startsWith("#")) {
                    set.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
