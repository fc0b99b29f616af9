package org.tongxin.proposal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the similar-proposal hint cuts a title into pairs of characters (issue 18). */
class SimilarTextTest {

    @Test
    void chineseIsCutIntoOverlappingPairsAndPunctuationBreaksARun() {
        assertEquals(List.of("于黄", "黄花", "花产", "产业"), SimilarText.pairs("关于黄花产业"));
        assertEquals(List.of("黄花", "产业"), SimilarText.pairs("黄花，产业"));
    }

    @Test
    void lettersAndDigitsCountLowerCasedAndPairsAreDistinct() {
        assertEquals(List.of("5g", "g基", "基站", "站基"), SimilarText.pairs("5G基站基站"));
    }

    @Test
    void theWordsOfEveryTitleAreNotLookedFor() {
        assertEquals(List.of("于农", "农村", "村养", "养老", "老的"), SimilarText.pairs("关于农村养老的提案"));
    }

    @Test
    void blankOrSingleCharactersGiveNoPairs() {
        assertEquals(List.of(), SimilarText.pairs(null));
        assertEquals(List.of(), SimilarText.pairs("  "));
        assertEquals(List.of(), SimilarText.pairs("水 电"));
    }

    @Test
    void atMostSixteenPairsAreLookedFor() {
        assertEquals(
                SimilarText.MAX_PAIRS, SimilarText.pairs("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸").size());
    }

    @Test
    void halfThePairsMustBeSharedBetweenOneAndFour() {
        assertEquals(1, SimilarText.threshold(1));
        assertEquals(2, SimilarText.threshold(3));
        assertEquals(4, SimilarText.threshold(16));
    }
}
