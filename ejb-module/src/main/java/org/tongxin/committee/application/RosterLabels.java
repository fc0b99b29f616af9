package org.tongxin.committee.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongxin.committee.domain.Gender;

/**
 * The words a roster spreadsheet uses for genders, parties, positions and statuses (the Chinese the
 * offices write, a few common variants, and the platform's codes), and the one the export writes.
 * This is a data format, not interface text: it does not change with the reader's language.
 */
final class RosterLabels {

    private static final Map<String, Gender> GENDERS = new LinkedHashMap<>();
    private static final Map<String, Party> PARTIES = new LinkedHashMap<>();
    private static final Map<String, Position> POSITIONS = new LinkedHashMap<>();
    private static final Map<String, MemberStatus> STATUSES = new LinkedHashMap<>();

    static {
        GENDERS.put("男", Gender.M);
        GENDERS.put("女", Gender.F);
        put(PARTIES, Party.CPC, "中共", "中国共产党", "中共党员");
        put(PARTIES, Party.RCCK, "民革");
        put(PARTIES, Party.CDL, "民盟");
        put(PARTIES, Party.CDNCA, "民建");
        put(PARTIES, Party.CAPD, "民进");
        put(PARTIES, Party.CPWDP, "农工党", "农工民主党");
        put(PARTIES, Party.CZGP, "致公党");
        put(PARTIES, Party.JS, "九三学社", "九三");
        put(PARTIES, Party.TDSGL, "台盟");
        put(PARTIES, Party.NON_PARTY, "无党派", "无党派人士", "群众");
        put(POSITIONS, Position.CHAIR, "主席");
        put(POSITIONS, Position.VICE_CHAIR, "副主席");
        put(POSITIONS, Position.STANDING, "常委");
        put(POSITIONS, Position.MEMBER, "委员");
        put(STATUSES, MemberStatus.ACTIVE, "在职");
        put(STATUSES, MemberStatus.RESIGNED, "辞职");
        put(STATUSES, MemberStatus.DECEASED, "去世");
        put(STATUSES, MemberStatus.REMOVED, "撤销资格");
        put(STATUSES, MemberStatus.LEFT, "离任", "届满离任");
    }

    private RosterLabels() {}

    @SafeVarargs
    private static <E> void put(Map<String, E> map, E value, String... words) {
        for (String w : words) {
            map.put(w, value);
        }
    }

    static Optional<Gender> gender(String text) {
        return find(GENDERS, text, Gender.class);
    }

    static Optional<Party> party(String text) {
        return find(PARTIES, text, Party.class);
    }

    static Optional<Position> position(String text) {
        return find(POSITIONS, text, Position.class);
    }

    static Optional<MemberStatus> status(String text) {
        return find(STATUSES, text, MemberStatus.class);
    }

    static String word(Enum<?> value) {
        for (Map<String, ? extends Enum<?>> map : java.util.List.of(GENDERS, PARTIES, POSITIONS, STATUSES)) {
            for (Map.Entry<String, ? extends Enum<?>> e : map.entrySet()) {
                if (e.getValue() == value) {
                    return e.getKey();
                }
            }
        }
        return value.name();
    }

    private static <E extends Enum<E>> Optional<E> find(Map<String, E> map, String text, Class<E> type) {
        if (text == null) {
            return Optional.empty();
        }
        E found = map.get(text.strip());
        if (found != null) {
            return Optional.of(found);
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
