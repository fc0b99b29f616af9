package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Times the committee context's read paths on a running server, the way the roster page and the
 * ranking page use them: the roster's first page, a committee filter, a pinyin search, a deep page,
 * a member's duty record, the ranking of the largest organisation (first and last page) and its grade
 * counts. Sequential requests from one client after a warm-up; prints one row per scenario with
 * p50 / p95 / p99 / mean in milliseconds. A benchmark, not a test: nothing here passes or fails.
 */
public final class CommitteeBench {

    /** One scenario's latencies. */
    public record Result(String scenario, int requests, double p50, double p95, double p99, double mean) {}

    private final String base;
    private final String auth;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public CommitteeBench(String base, String user, String password) {
        this.base = base;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) {
        String base = arg(args, "--base", "http://localhost:8080");
        CommitteeBench bench = new CommitteeBench(
                base, arg(args, "--user", "bench-office"), arg(args, "--password", "Tongxin-Demo-2026"));
        print("committee read paths at " + base, bench.run(Integer.parseInt(arg(args, "--requests", "200")), 2026));
    }

    public List<Result> run(int requests, int year) {
        Random random = new Random(7);
        JsonObject first = get("/api/v1/members?size=200").asJsonObject();
        long members = first.getJsonNumber("total").longValue();
        List<Long> memberIds = first.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("id").longValue())
                .toList();
        // the organisation with the most members, and its largest committee
        Map<Long, Long> perOrg = new LinkedHashMap<>();
        get("/api/v1/committees")
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(c -> perOrg.merge(
                        c.getJsonNumber("organisationId").longValue(),
                        c.getJsonNumber("activeMembers").longValue(),
                        Long::sum));
        long biggest = perOrg.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        long committee = get("/api/v1/committees").asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("organisationId").longValue() == biggest)
                .max(Comparator.comparingLong(
                        c -> c.getJsonNumber("activeMembers").longValue()))
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long ranked = get("/api/v1/duty/ranking?size=1&year=" + year + "&organisation=" + biggest)
                .asJsonObject()
                .getJsonNumber("total")
                .longValue();
        long lastPage = Math.max(0, (ranked - 1) / 20);
        long deepPage = Math.min(500, Math.max(0, (members - 1) / 20));
        String[] initials = {"zw", "lj", "wh", "cx", "ym", "zh", "lx", "wj"};

        List<Result> results = new ArrayList<>();
        results.add(time("roster: first page of " + members, requests, i -> "/api/v1/members?size=20"));
        results.add(time("roster: one committee", requests, i -> "/api/v1/members?size=20&committee=" + committee));
        results.add(time(
                "roster: pinyin initials",
                requests,
                i -> "/api/v1/members?size=20&q=" + initials[i % initials.length]));
        results.add(time("roster: page " + deepPage, requests, i -> "/api/v1/members?size=20&page=" + deepPage));
        results.add(time(
                "duty record of a member",
                requests,
                i -> "/api/v1/members/" + memberIds.get(random.nextInt(memberIds.size())) + "/duty?year=" + year));
        results.add(time(
                "ranking of " + ranked + ": first page",
                requests,
                i -> "/api/v1/duty/ranking?size=20&year=" + year + "&organisation=" + biggest));
        results.add(time(
                "ranking: last page",
                requests,
                i -> "/api/v1/duty/ranking?size=20&year=" + year + "&organisation=" + biggest + "&page=" + lastPage));
        results.add(time(
                "grade distribution", requests, i -> "/api/v1/duty/grades?year=" + year + "&organisation=" + biggest));
        return results;
    }

    private Result time(String scenario, int requests, IntFunction<String> path) {
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
        return new Result(
                scenario,
                requests,
                pct(ms, 50),
                pct(ms, 95),
                pct(ms, 99),
                Arrays.stream(ms).average().orElse(0));
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A GET as the bench's account, its JSON; anything but 200 fails the benchmark. */
    JsonStructure get(String path) {
        try {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                return reader.read();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-40s %8s %9s %9s %9s %9s%n",
                "scenario",
                "requests",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "mean ms");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %8d %9.1f %9.1f %9.1f %9.1f%n",
                    r.scenario(),
                    r.requests(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.mean());
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return System.getProperty(name.substring(2), fallback);
    }
}
