package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.infrastructure.Pinyin4jNameIndex;

class MemberUsernamesTest {

    private final Pinyin4jNameIndex names = new Pinyin4jNameIndex();

    @Test
    void theLoginNameIsThePinyinOfTheNameInLowerCaseAscii() {
        assertEquals("wangjianguo", MemberUsernames.base(names.pinyin("王建国")));
        assertEquals("zengfan", MemberUsernames.base(names.pinyin("曾凡")), "a surname read as a surname");
        assertEquals("lvxin", MemberUsernames.base(names.pinyin("吕欣")), "ü is written v");
        assertEquals("maimaitiaili", MemberUsernames.base(names.pinyin("买买提·艾力")), "the middle dot is dropped");
        assertEquals("wangjianguo", MemberUsernames.base("Wang Jian-Guo"), "spaces, hyphens and capitals go");
    }

    @Test
    void aNameWithoutLettersGivesMember() {
        assertEquals("member", MemberUsernames.base(""));
        assertEquals("member", MemberUsernames.base(null));
        assertEquals("member", MemberUsernames.base("·—"));
        assertEquals("member2024", MemberUsernames.base("2024"), "a login starts with a letter");
        assertEquals("membera", MemberUsernames.base("A"), "and has two characters at least");
    }

    @Test
    void aClashTakesTheFirstFreeNumberFromTwoOn() {
        assertEquals("wangjianguo", MemberUsernames.firstFree("wangjianguo", Set.of("lihua")::contains));
        assertEquals("wangjianguo2", MemberUsernames.firstFree("wangjianguo", Set.of("wangjianguo")::contains));
        assertEquals(
                "wangjianguo4",
                MemberUsernames.firstFree(
                        "wangjianguo", Set.of("wangjianguo", "wangjianguo2", "wangjianguo3")::contains));
    }

    @Test
    void aLongNameLeavesRoomForTheNumberInALoginOfSixtyFourCharacters() {
        String base = MemberUsernames.base("a".repeat(100));
        assertEquals(MemberUsernames.MAX_BASE, base.length());
        assertEquals(
                true,
                MemberUsernames.firstFree(base, s -> s.length() < 64 && !s.endsWith("99999"))
                                .length()
                        <= 64);
    }
}
