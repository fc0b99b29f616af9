package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.tongxin.committee.domain.NameIndex;

/**
 * Pinyin of names with pinyin4j. A character with several readings takes its first (most common)
 * one, except the surname, which takes its reading as a surname: 曾 is Zeng (not ceng), 单 Shan
 * (not dan), 区 Ou (not qu). Compound surnames are read as one.
 */
@ApplicationScoped
public class Pinyin4jNameIndex implements NameIndex {

    /** Surnames whose usual reading differs from the character's first reading. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("曾", "zeng"),
            Map.entry("单", "shan"),
            Map.entry("区", "ou"),
            Map.entry("仇", "qiu"),
            Map.entry("解", "xie"),
            Map.entry("查", "zha"),
            Map.entry("朴", "piao"),
            Map.entry("乐", "yue"),
            Map.entry("覃", "qin"),
            Map.entry("翟", "zhai"),
            Map.entry("盖", "ge"),
            Map.entry("缪", "miao"),
            Map.entry("繁", "po"),
            Map.entry("员", "yun"),
            Map.entry("尉", "wei"),
            Map.entry("种", "chong"),
            Map.entry("秘", "bi"),
            Map.entry("冼", "xian"),
            Map.entry("折", "she"),
            Map.entry("召", "shao"));

    /** Compound surnames, read syllable by syllable. */
    private static final Map<String, List<String>> COMPOUND_SURNAMES = Map.of(
            "长孙",
            List.of("zhang", "sun"),
            "尉迟",
            List.of("yu", "chi"),
            "万俟",
            List.of("mo", "qi"),
            "单于",
            List.of("chan", "yu"),
            "澹台",
            List.of("tan", "tai"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    @Override
    public String pinyin(String name) {
        return String.join("", syllables(name));
    }

    @Override
    public String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String s : syllables(name)) {
            sb.append(s.charAt(0));
        }
        return sb.toString();
    }

    /** One syllable per character (a compound surname gives its syllables as one string each). */
    private static List<String> syllables(String name) {
        String n = name == null ? "" : name.strip();
        List<String> out = new ArrayList<>();
        int start = 0;
        List<String> compound = n.length() > 2 ? COMPOUND_SURNAMES.get(n.substring(0, 2)) : null;
        if (compound != null) {
            out.addAll(compound);
            start = 2;
        }
        for (int i = start; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '·' || c == '•') {
                continue;
            }
            String s = read(c, i == 0);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String read(char c, boolean surname) {
        if (surname && SURNAMES.containsKey(String.valueOf(c))) {
            return SURNAMES.get(String.valueOf(c));
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings != null && readings.length > 0) {
                return readings[0];
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : "";
    }
}
