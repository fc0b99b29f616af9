package org.tongxin.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The proposal read paths of a big organisation (the province: ~1,000 proposals a year), timed one request after
 * another after a warm-up as {@link ConsultationBench} does, each with its ratio to the signed-in ping: the
 * office's queues (submitted, assigned, the overdue list), a handling unit's list, a member's list, the year's
 * statistics and the similar-proposal hint (the office's and a member's). Logins: {@code bench-office} (office
 * staff of the province), {@code bench-unit} and {@code bench-proposer} ({@link ProposalData}).
 */
public final class ProposalBench {

    /** One scenario's figures in milliseconds; {@code ratio} is p50 over the ping's p50. */
    public record Result(String scenario, int requests, double p50, double p95, double mean, double ratio) {}

    private final CommitteeBench office;
    private final CommitteeBench unit;
    private final CommitteeBench member;

    public ProposalBench(String base, String password) {
        this.office = new CommitteeBench(base, ProvinceRoster.OFFICE, password);
        this.unit = new CommitteeBench(base, ProposalData.UNIT, password);
        this.member = new CommitteeBench(base, ProposalData.PROPOSER, password);
    }

    public static void main(String[] args) {
        String base = CommitteeBench.arg(args, "--base", "http://localhost:8080");
        print(
                "proposal read paths at " + base,
                new ProposalBench(base, CommitteeBench.arg(args, "--password", ProvinceRoster.PASSWORD))
                        .run(Integer.parseInt(CommitteeBench.arg(args, "--requests", "200"))));
    }

    public List<Result> run(int requests) {
        int year = ProvinceData.AS_OF.getYear();
        List<Result> results = new ArrayList<>();
        Result ping = time(office, "baseline: signed-in ping", requests, i -> "/api/v1/ping", 0);
        results.add(ping);
        double p = ping.p50();
        results.add(
                time(office, "office: submitted queue, page 1", requests, i -> "/api/v1/proposals?state=SUBMITTED", p));
        results.add(
                time(office, "office: assigned queue, page 1", requests, i -> "/api/v1/proposals?state=ASSIGNED", p));
        results.add(time(office, "office: overdue list, page 1", requests, i -> "/api/v1/proposals/overdue", p));
        results.add(time(
                office, "office: this year's proposals, page 1", requests, i -> "/api/v1/proposals?year=" + year, p));
        results.add(time(unit, "unit: its list, page 1", requests, i -> "/api/v1/proposals", p));
        results.add(time(unit, "unit: its assigned, page 1", requests, i -> "/api/v1/proposals?state=ASSIGNED", p));
        results.add(time(member, "member: own and co-signed, page 1", requests, i -> "/api/v1/proposals", p));
        results.add(
                time(office, "statistics of this year", requests, i -> "/api/v1/proposals/statistics?year=" + year, p));
        results.add(time(office, "similar hint, office", requests, i -> similar(i), p));
        results.add(time(member, "similar hint, member", requests, i -> similar(i), p));
        return results;
    }

    /** A title a member might type: one of the data's subjects in another wording. */
    private static String similar(int i) {
        String subject = ProposalData.SUBJECTS[(i * 7) % ProposalData.SUBJECTS.length];
        return "/api/v1/proposals/similar?text="
                + URLEncoder.encode("关于切实做好" + subject + "工作的提案", StandardCharsets.UTF_8);
    }

    private static Result time(
            CommitteeBench client, String scenario, int requests, IntFunction<String> path, double baseline) {
        for (int i = 0; i < Math.max(10, requests / 10); i++) {
            client.get(path.apply(i));
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            client.get(path.apply(i));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        double p50 = CommitteeBench.pct(ms, 50);
        double mean = java.util.Arrays.stream(ms).average().orElse(0);
        return new Result(
                scenario, requests, p50, CommitteeBench.pct(ms, 95), mean, baseline == 0 ? 1 : p50 / baseline);
    }

    static void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-40s %8s %9s %9s %9s %8s%n",
                "scenario",
                "requests",
                "p50 ms",
                "p95 ms",
                "mean ms",
                "x ping");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %8d %9.1f %9.1f %9.1f %8.1f%n",
                    r.scenario(),
                    r.requests(),
                    r.p50(),
                    r.p95(),
                    r.mean(),
                    r.ratio());
        }
    }
}
