package org.tongxin.inforeport.domain;

import java.util.ArrayList;
import java.util.List;

/** Line differences between two texts (longest common subsequence), for showing an author what editors changed. */
public final class TextDiff {

    /** A line kept, removed (only in the old text) or added (only in the new). */
    public record Line(Kind kind, String text) {}

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    private TextDiff() {}

    public static List<Line> between(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                lines.add(new Line(Kind.SAME, before.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, before.get(i++)));
            } else {
                lines.add(new Line(Kind.ADDED, after.get(j++)));
            }
        }
        while (i < n) {
            lines.add(new Line(Kind.REMOVED, before.get(i++)));
        }
        while (j < m) {
            lines.add(new Line(Kind.ADDED, after.get(j++)));
        }
        return lines;
    }
}
