package org.tongxin.proposal.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the similar-proposal hint cuts a text (issue 18): Chinese has no spaces, so into overlapping pairs of characters
 * (bigrams), as the reports' full-text index does; letters and digits are lower-cased and count as characters, anything
 * else (spaces, punctuation) breaks a run. The pairs a title shares with another tell how close they are.
 */
public final class SimilarText {

    /** At most this many distinct pairs of a text are looked for (the first ones: a title's words). */
    public static final int MAX_PAIRS = 16;

    private SimilarText() {}

    /** Pairs that nearly every proposal's title has ("关于…的提案/建议"): not looked for. */
    static final Set<String> COMMON = Set.of("关于", "的提", "提案", "的建", "建议", "进一", "一步");

    /** The distinct pairs of the text, in order, at most {@link #MAX_PAIRS}, without the common ones. */
    public static List<String> pairs(String text) {
        Set<String> pairs = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length && pairs.size() < MAX_PAIRS; i++) {
            if (word(cps[i]) && word(cps[i + 1])) {
                String pair = new String(cps, i, 2);
                if (!COMMON.contains(pair)) {
                    pairs.add(pair);
                }
            }
        }
        return new ArrayList<>(pairs);
    }

    /**
     * The fewest pairs another title must share to be offered: half of the text's pairs (at least one, at most four),
     * so that a long title does not bring back every proposal that shares one common word.
     */
    public static int threshold(int pairs) {
        return Math.max(1, Math.min(4, (pairs + 1) / 2));
    }

    private static boolean word(int cp) {
        return Character.isLetterOrDigit(cp) && cp != '%' && cp != '_';
    }
}
