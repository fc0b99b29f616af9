package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Pinyin4jNameIndexTest {

    private final Pinyin4jNameIndex names = new Pinyin4jNameIndex();

    @Test
    void initialsFindAName() {
        assertEquals("zwm", names.initials("张伟明"));
        assertEquals("zhangweiming", names.pinyin("张伟明"));
    }

    @Test
    void polyphonicSurnamesAreReadAsSurnames() {
        assertEquals("zengxiaoyan", names.pinyin("曾晓燕"));
        assertEquals("shanguoqing", names.pinyin("单国庆"));
        assertEquals("ouzhiqiang", names.pinyin("区志强"));
        assertEquals("sgq", names.initials("单国庆"));
    }

    @Test
    void theSameCharacterOutsideTheSurnameKeepsItsCommonReading() {
        // 曾 in a given name is not forced to "zeng"'s surname reading rule (ceng/zeng: first reading)
        assertEquals("wangdan", names.pinyin("王单"));
    }

    @Test
    void compoundSurnamesAreTwoSyllables() {
        assertEquals("ycjd", names.initials("尉迟敬德"));
        assertEquals("yuchijingde", names.pinyin("尉迟敬德"));
    }

    @Test
    void ethnicNamesWithADotAreReadWithoutIt() {
        assertEquals("aymz", names.initials("阿依·木扎"));
    }
}
