package org.tongxin.bench;

import java.time.LocalDate;

/** Dates and times as PostgreSQL's text format takes them, in China Standard Time (+08). */
final class Stamps {

    private Stamps() {}

    static String date(LocalDate day) {
        return day.toString();
    }

    /** The timestamp of a second of a day, e.g. {@code 2025-03-04 09:12:33+08}. */
    static String at(LocalDate day, int secondOfDay) {
        return at(day.toString(), secondOfDay);
    }

    static String at(String isoDay, int secondOfDay) {
        StringBuilder sb = new StringBuilder(22).append(isoDay).append(' ');
        two(sb, secondOfDay / 3600);
        sb.append(':');
        two(sb, secondOfDay / 60 % 60);
        sb.append(':');
        two(sb, secondOfDay % 60);
        return sb.append("+08").toString();
    }

    private static void two(StringBuilder sb, int n) {
        sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
