package org.tongxin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The consultation read paths a province's office and leaders use, timed one request after another (as
 * {@link CommitteeBench}) after a warm-up, each with its ratio to the signed-in ping measured in the same run:
 * this year's plans of the whole province and their task lists, the grassroots topics by step (first and a deep
 * page), the counts over the whole history and over this year (the leader's figures), and the activities and
 * outcomes lists.
 */
public final class ConsultationBench {

    /** One scenario's figures; {@code ratio} is p50 over the ping's p50. */
    public record Result(String scenario, int requests, double p50, double p95, double p99, double ratio) {}

    /** Its requests, the committee benchmark's (Basic, JSON, 200 or the benchmark fails). */
    private final CommitteeBench reader;

    public ConsultationBench(String base, String user, String password) {
        this.reader = new CommitteeBench(base, user, password);
    }

    public static void main(String[] args) {
        String base = CommitteeBench.arg(args, "--base", "http://localhost:8080");
        ConsultationBench bench = new ConsultationBench(
                base,
                CommitteeBench.arg(args, "--user", "bench-office"),
                CommitteeBench.arg(args, "--password", ProvinceRoster.PASSWORD));
        print(
                "consultation read paths at " + base,
                bench.run(Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"))));
    }

    public List<Result> run(int requests) {
        int year = ProvinceData.AS_OF.getYear();
        String from = ConsultationData.firstYear(1.0) + "-01-01";
        String to = ProvinceData.AS_OF.toString();
        List<Result> results = new ArrayList<>();
        Result ping = time("baseline: signed-in ping", requests, i -> "/api/v1/ping", 0);
        results.add(ping);
        double p = ping.p50();
        results.add(time(
                "plans of this year, whole province", requests, i -> "/api/v1/consultation/plans?year=" + year, p));
        results.add(time("task lists of this year", requests, i -> "/api/v1/consultation/tasks?year=" + year, p));
        results.add(time(
                "activities of this year, page 1",
                requests,
                i -> "/api/v1/consultation/activities?size=20&year=" + year,
                p));
        results.add(time(
                "activities of this year, held, page 5",
                requests,
                i -> "/api/v1/consultation/activities?size=20&state=HELD&page=5&year=" + year,
                p));
        results.add(time(
                "outcomes of this year, page 1",
                requests,
                i -> "/api/v1/consultation/outcomes?size=20&year=" + year,
                p));
        results.add(time(
                "outcomes of this year, done, page 5",
                requests,
                i -> "/api/v1/consultation/outcomes?size=20&state=DONE&page=5&year=" + year,
                p));
        results.add(time(
                "grassroots topics, done, page 1",
                requests,
                i -> "/api/v1/consultation/grassroots?step=DONE&size=20",
                p));
        results.add(time(
                "grassroots topics, done, page 50",
                requests,
                i -> "/api/v1/consultation/grassroots?step=DONE&size=20&page=50",
                p));
        results.add(time(
                "grassroots topics, at the meeting step",
                requests,
                i -> "/api/v1/consultation/grassroots?step=DELIBERATE&size=20",
                p));
        results.add(time(
                "counts (leader's figures), this year",
                requests,
                i -> "/api/v1/consultation/counts?from=" + year + "-01-01&to=" + to,
                p));
        results.add(time(
                "counts (leader's figures), the history",
                requests,
                i -> "/api/v1/consultation/counts?from=" + from + "&to=" + to,
                p));
        return results;
    }

    Result time(String scenario, int requests, IntFunction<String> path, double baseline) {
        for (int i = 0; i < Math.max(10, requests / 10); i++) {
            get(path.apply(i));
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            get(path.apply(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double p50 = CommitteeBench.pct(ms, 50);
        return new Result(
                scenario,
                requests,
                p50,
                CommitteeBench.pct(ms, 95),
                CommitteeBench.pct(ms, 99),
                baseline == 0 ? 1 : p50 / baseline);
    }

    private void get(String path) {
        reader.get(path);
    }

    static void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-44s %8s %9s %9s %9s %8s%n",
                "scenario",
                "requests",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "x ping");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %8d %9.1f %9.1f %9.1f %8.1f%n",
                    r.scenario(),
                    r.requests(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.ratio());
        }
    }
}
