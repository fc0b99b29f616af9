package org.tongxin.committee.application;

/** The roster's filters; every one may be null. {@code text} matches the name, its pinyin or its initials. */
public record MemberQuery(
        Long committeeId, Long sectorId, Party party, Integer term, Position position, MemberStatus status, String text)
        implements java.io.Serializable {

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, null, null);
    }
}
