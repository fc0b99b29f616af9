package org.tongxin.bench;

import java.util.Locale;

/**
 * The whole province in one database, in one command: {@link ProvinceData} (organisations, 25,000 members,
 * 2,000,000 duty entries at scale 1.0; the database is EMPTIED first), then {@link StudyHallData} (200,000
 * bookings) and {@link ReportData} (1,000,000 reports with their paths), each at the same scale.
 *
 * <pre>
 * ./mvnw -Pbench-data -Dbench.main=org.tongxin.bench.ProvinceAll [-Dbench.scale=0.1]     (see docs/performance.md)
 * </pre>
 */
public final class ProvinceAll {

    private ProvinceAll() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        String password = CommitteeBench.arg(args, "--password", "");
        double scale = Double.parseDouble(CommitteeBench.arg(args, "--scale", "1.0"));
        String seed = CommitteeBench.arg(args, "--seed", "20261129");
        String[] common = {
            "--url=" + url, "--user=" + user, "--password=" + password, "--scale=" + scale, "--seed=" + seed
        };
        ProvinceData.main(common);
        StudyHallData.main(common);
        String[] reports = java.util.Arrays.copyOf(common, common.length + 2);
        reports[common.length] = "--reports=" + Math.round(1_000_000 * scale);
        reports[common.length + 1] = "--province=false";
        ReportData.main(reports);
        System.out.printf(
                Locale.ROOT,
                "%nThe whole province at scale %s generated in %.0f s into %s%n",
                scale,
                (System.nanoTime() - start) / 1e9,
                url);
    }
}
