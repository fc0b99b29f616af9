package org.tongxin.committee.domain;

/**
 * How Chinese names are found by the Latin alphabet: full pinyin ("zhangweiming") and initials
 * ("zwm"), both lower case without tones or spaces. Surnames read differently from the same
 * character elsewhere (曾 Zeng, 单 Shan, 区 Ou) are read as surnames.
 */
public interface NameIndex {

    String pinyin(String name);

    String initials(String name);
}
