package org.tongxin.platform.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin a person's name is typed as in a password (张伟明: zhangweiming, weiming): the leading
 * run of Chinese characters of a display name (王秀兰（机关） is 王秀兰), every reading of the first
 * character (a surname such as 单 or 曾 reads otherwise than the character usually does), the first
 * reading of the others. The committee context has a fuller name index; the platform cannot use it
 * (the committee context builds on the platform, not the other way round).
 */
public final class NamePinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NamePinyin() {}

    /** The Chinese name itself and its readings: whole name, and given name when it has two characters or more. */
    public static Set<String> forms(String displayName) {
        Set<String> forms = new LinkedHashSet<>();
        String han = leadingHan(displayName);
        if (han.length() < 2) {
            return forms;
        }
        forms.add(han);
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < han.length(); i++) {
            List<String> r = readings(han.charAt(i));
            rest.add(r.isEmpty() ? "" : r.get(0));
        }
        String given = String.join("", rest);
        for (String surname : readings(han.charAt(0))) {
            forms.add(surname + given);
        }
        if (han.length() >= 3 && given.length() >= 4) {
            forms.add(given);
        }
        return forms;
    }

    private static String leadingHan(String name) {
        String n = name == null ? "" : name.strip();
        int end = 0;
        while (end < n.length() && Character.UnicodeScript.of(n.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        return n.substring(0, end);
    }

    private static List<String> readings(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            List<String> out = new ArrayList<>();
            if (all != null) {
                for (String s : all) {
                    String r = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                    if (!r.isEmpty() && !out.contains(r)) {
                        out.add(r);
                    }
                }
            }
            return out;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
