package org.tongxin.proposal.domain;

/**
 * The number (案号) an accepted proposal gets, unique in its organisation: a plenary proposal's is its session's code
 * and its rank among the session's accepted proposals in four digits ({@code 15-3-0012}); an interim proposal's is its
 * filing year, {@code P} (平时) and its rank among the year's accepted interim proposals ({@code 2026-P0007}). Ranks
 * come from the counters of {@link CaseCounters}, one per session and one per year.
 */
public final class CaseNumber {

    private CaseNumber() {}

    public static String plenary(String sessionCode, int n) {
        return sessionCode + "-" + four(n);
    }

    public static String interim(int year, int n) {
        return year + "-P" + four(n);
    }

    /** The counter of a plenary session. */
    public static String sessionCounter(long sessionId) {
        return "S" + sessionId;
    }

    /** The counter of a year's interim proposals. */
    public static String yearCounter(int year) {
        return "Y" + year;
    }

    private static String four(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a rank starts at 1: " + n);
        }
        return String.format(java.util.Locale.ROOT, "%04d", n);
    }
}
