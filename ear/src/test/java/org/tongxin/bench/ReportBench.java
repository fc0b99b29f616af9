package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * Times the information reports' read paths on a running server loaded by {@link ReportData}, as an information
 * editor (by default {@code bench-editor-sx-c01}, 太原市政协: its own reports and those its counties forwarded):
 * the editors' list (first page, a deep page, the queue of submitted reports, a topic, a state and a topic), the
 * search ({@code q}: a rare word, a common word, two words, two words among the adopted) and the statistics (this
 * year, three years, this year for one topic), all through {@code GET /api/v1/reports…}.
 *
 * <p>Before timing it waits until the search index answers {@code GET /api/v1/reports/index} with
 * {@code {"ready":true,"documents":N}} for the number of reports expected, and reports how long that took. Each
 * scenario is a warm-up, then up to {@code requests} requests one after the other from one client, then a short
 * run of {@code clients} clients at once (each about {@code requests / clients} requests); either stops early
 * when it has used its time budget. Every client is its own HTTP client and sends HTTP Basic credentials with
 * each request (the server caches a checked credential for five minutes). A benchmark, not a test: it prints
 * what it measured, including the answers that were not 200.
 */
public final class ReportBench {

    /**
     * One scenario: {@code key} names it the same at every scale, {@code label} may say more; {@code hits} is the
     * answer's {@code total} (lists and searches) or {@code received} (statistics).
     */
    public record Result(
            String key,
            String label,
            long hits,
            int requests,
            double p50,
            double p95,
            double p99,
            int clients,
            int concurrentRequests,
            double perSecond,
            double concurrentP50,
            double concurrentP95,
            int errors) {}

    /** The search index: whether the server has the endpoint, how long until it was ready, with how many documents. */
    public record IndexWait(boolean present, double seconds, long documents, String answer) {}

    private static final String LIST = "/api/v1/reports?size=20";

    private final String base;
    private final String auth;
    private final List<String> notes = new ArrayList<>();

    public ReportBench(String base, String user, String password) {
        this.base = base;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = CommitteeBench.arg(args, "--base", "http://localhost:8080");
        ReportBench bench = new ReportBench(
                base,
                CommitteeBench.arg(args, "--user", ReportData.EDITOR_PREFIX + "sx-c01"),
                CommitteeBench.arg(args, "--password", ProvinceRoster.PASSWORD));
        IndexWait index = bench.awaitIndex(
                Long.parseLong(CommitteeBench.arg(args, "--reports", "0")),
                Duration.ofSeconds(Long.parseLong(CommitteeBench.arg(args, "--index-timeout", "3600"))));
        System.out.println(describe(index, -1));
        List<Result> results = bench.run(
                Integer.parseInt(CommitteeBench.arg(args, "--requests", "100")),
                Integer.parseInt(CommitteeBench.arg(args, "--clients", "16")),
                Double.parseDouble(CommitteeBench.arg(args, "--budget", "30")));
        bench.print("information reports at " + base, results);
    }

    /**
     * Asks {@code /api/v1/reports/index} until it answers ready with {@code expected} documents (any number when
     * {@code expected} is 0), each answer being the condition {@link Progress} waits on. A server without the
     * endpoint (404) is not waited for.
     */
    public IndexWait awaitIndex(long expected, Duration timeout) throws InterruptedException {
        HttpClient h = client();
        long start = System.nanoTime();
        long[] lastNote = {start};
        String[] last = {""};
        IndexWait[] found = {null};
        boolean ready = new Progress()
                .until(
                        () -> {
                            HttpResponse<String> r = send(
                                    h, request("/api/v1/reports/index").GET().build());
                            double seconds = (System.nanoTime() - start) / 1e9;
                            last[0] = r.statusCode() + " " + r.body();
                            if (r.statusCode() == 404) {
                                found[0] = new IndexWait(false, seconds, -1, last[0]);
                                return true;
                            }
                            if (r.statusCode() == 401 || r.statusCode() == 403) {
                                throw new IllegalStateException(
                                        "/api/v1/reports/index refuses the benchmark's login: " + last[0]);
                            }
                            if (r.statusCode() == 200) {
                                JsonObject o = parse(r.body());
                                long documents = o.containsKey("documents") && !o.isNull("documents")
                                        ? o.getJsonNumber("documents").longValue()
                                        : -1;
                                if (o.getBoolean("ready", false) && (expected <= 0 || documents == expected)) {
                                    found[0] = new IndexWait(true, seconds, documents, r.body());
                                    return true;
                                }
                            }
                            if (System.nanoTime() - lastNote[0] > 30_000_000_000L) {
                                System.out.printf(
                                        Locale.ROOT, "  waiting for the search index (%.0f s): %s%n", seconds, last[0]);
                                lastNote[0] = System.nanoTime();
                            }
                            return false;
                        },
                        timeout);
        if (!ready) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "the search index is not ready with %,d documents after %d s;" + " last answer: %s",
                    expected,
                    timeout.toSeconds(),
                    last[0]));
        }
        return found[0];
    }

    /** What the index wait came to, for the log; {@code sinceLaunch} adds the server's start when known (else -1). */
    static String describe(IndexWait index, double sinceLaunch) {
        if (!index.present()) {
            return "search index: the server has no /api/v1/reports/index (" + index.answer()
                    + "); the search was timed without waiting";
        }
        String launch = sinceLaunch < 0
                ? ""
                : String.format(Locale.ROOT, " (%.1f s after its launch)", sinceLaunch + index.seconds());
        return String.format(
                Locale.ROOT,
                "search index ready with %,d documents %.1f s after the server was ready%s",
                index.documents(),
                index.seconds(),
                launch);
    }

    /** Runs every scenario; see the class comment. */
    public List<Result> run(int requests, int clients, double budgetSeconds) throws Exception {
        HttpClient h = client();
        JsonObject first = getObject(h, LIST);
        long visible = first.getJsonNumber("total").longValue();
        long deepPage = Math.min(250, Math.max(0, (visible - 1) / 20));
        LocalDate yearStart = ProvinceData.AS_OF.withDayOfYear(1);
        String thisYear = "/api/v1/reports/stats?from=" + yearStart + "&to=" + ProvinceData.AS_OF;
        String threeYears = "/api/v1/reports/stats?from=" + ReportData.FIRST_DAY + "&to=" + ProvinceData.AS_OF;
        String two = encode(ReportTexts.TWO_WORDS);
        ToLongFunction<JsonObject> total = o -> o.getJsonNumber("total").longValue();
        ToLongFunction<JsonObject> received = o -> o.getJsonNumber("received").longValue();

        List<Result> results = new ArrayList<>();
        Timing t = new Timing(requests, clients, budgetSeconds);
        results.add(t.time("list: first page", "list: first page", LIST, total));
        results.add(t.time("list: deep page", "list: page " + deepPage, LIST + "&page=" + deepPage, total));
        results.add(
                t.time("list: submitted (the queue)", "list: submitted (the queue)", LIST + "&state=SUBMITTED", total));
        results.add(t.time("list: one topic", "list: topic LIVELIHOOD", LIST + "&topic=LIVELIHOOD", total));
        results.add(t.time(
                "list: adopted, one topic",
                "list: adopted, EDUCATION",
                LIST + "&state=ADOPTED&topic=EDUCATION",
                total));
        results.add(
                t.time("search: rare word", "search: rare word", LIST + "&q=" + encode(ReportTexts.RARE_WORD), total));
        results.add(t.time(
                "search: common word", "search: common word", LIST + "&q=" + encode(ReportTexts.COMMON_WORD), total));
        results.add(t.time("search: two words", "search: two words", LIST + "&q=" + two, total));
        results.add(t.time(
                "search: two words, adopted",
                "search: two words, adopted",
                LIST + "&q=" + two + "&state=ADOPTED",
                total));
        results.add(t.time("stats: this year", "stats: this year", thisYear, received));
        results.add(t.time("stats: three years", "stats: three years", threeYears, received));
        results.add(t.time(
                "stats: this year, one topic",
                "stats: this year, LIVELIHOOD",
                thisYear + "&topic=LIVELIHOOD",
                received));
        return results;
    }

    /** The settings every scenario is timed with. */
    private final class Timing {
        private final int requests;
        private final int clients;
        private final long budgetNanos;

        Timing(int requests, int clients, double budgetSeconds) {
            this.requests = requests;
            this.clients = clients;
            this.budgetNanos = (long) (budgetSeconds * 1e9);
        }

        /** Warm-up, then one client in sequence, then {@code clients} at once. */
        Result time(String key, String label, String path, ToLongFunction<JsonObject> hits) throws Exception {
            HttpClient h = client();
            long hit = hits.applyAsLong(getObject(h, path));
            long warmUntil = System.nanoTime() + budgetNanos / 4;
            for (int i = 1; i < Math.max(3, requests / 10) && System.nanoTime() < warmUntil; i++) {
                getObject(h, path);
            }
            AtomicInteger errors = new AtomicInteger();
            double[] one = sequence(h, key, path, requests, System.nanoTime() + budgetNanos, 5, errors);
            Arrays.sort(one);

            List<HttpClient> http = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                HttpClient c = client();
                signIn(c);
                http.add(c);
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                double[][] ms = new double[clients][];
                int each = Math.max(2, requests / clients);
                List<Future<?>> done = new ArrayList<>();
                long start = System.nanoTime();
                long until = start + budgetNanos;
                for (int i = 0; i < clients; i++) {
                    int client = i;
                    done.add(pool.submit(() -> {
                        ms[client] = sequence(http.get(client), key, path, each, until, 1, errors);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double[] many = Arrays.stream(ms)
                        .flatMapToDouble(Arrays::stream)
                        .sorted()
                        .toArray();
                System.out.printf(
                        Locale.ROOT,
                        "  %-32s %,9d  1 client %6.1f ms, %d clients %8.1f ms%n",
                        label,
                        hit,
                        CommitteeBench.pct(one, 50),
                        clients,
                        CommitteeBench.pct(many, 50));
                return new Result(
                        key,
                        label,
                        hit,
                        one.length,
                        CommitteeBench.pct(one, 50),
                        CommitteeBench.pct(one, 95),
                        CommitteeBench.pct(one, 99),
                        clients,
                        many.length,
                        many.length / seconds,
                        CommitteeBench.pct(many, 50),
                        CommitteeBench.pct(many, 95),
                        errors.get());
            } finally {
                pool.shutdownNow();
            }
        }

        /** Up to {@code n} timed requests one after the other, at least {@code least}, none started after {@code until}. */
        private double[] sequence(
                HttpClient h, String key, String path, int n, long until, int least, AtomicInteger errors) {
            double[] ms = new double[n];
            int made = 0;
            while (made < n && (made < least || System.nanoTime() < until)) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(h, request(path).GET().build());
                ms[made++] = (System.nanoTime() - start) / 1e6;
                if (r.statusCode() != 200) {
                    note(key + ": " + r.statusCode() + " " + r.body());
                    errors.incrementAndGet();
                }
            }
            return Arrays.copyOf(ms, made);
        }
    }

    /** A query parameter's value, spaces as {@code %20}. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(300));
    }

    /** Connects and signs in before the clock starts, with a cheap request (the topics). */
    private void signIn(HttpClient h) {
        HttpResponse<String> r = send(h, request("/api/v1/reports/topics").GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/api/v1/reports/topics answered " + r.statusCode() + ": " + r.body());
        }
    }

    private JsonObject getObject(HttpClient h, String path) {
        HttpResponse<String> r = send(h, request(path).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> send(HttpClient h, HttpRequest request) {
        try {
            return h.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void note(String what) {
        if (notes.size() < 20) {
            notes.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        }
    }

    /** The table of one run, the search words, and the first answers that were not 200. */
    void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-32s %10s | %5s %8s %8s %8s | %7s %5s %8s %8s %8s | %6s%n",
                "scenario",
                "hits",
                "n",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "clients",
                "n",
                "per s",
                "p50 ms",
                "p95 ms",
                "errors");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %,10d | %5d %8.1f %8.1f %8.1f | %7d %5d %8.1f %8.1f %8.1f | %6d%n",
                    r.label(),
                    r.hits(),
                    r.requests(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.clients(),
                    r.concurrentRequests(),
                    r.perSecond(),
                    r.concurrentP50(),
                    r.concurrentP95(),
                    r.errors());
        }
        System.out.printf(
                Locale.ROOT,
                "search words: rare %s, common %s, two words \"%s\"; hits: the answer's total (lists, searches)"
                        + " or received (statistics)%n",
                ReportTexts.RARE_WORD,
                ReportTexts.COMMON_WORD,
                ReportTexts.TWO_WORDS);
        notes.forEach(n -> System.out.println("  " + n));
    }

    /** How each scenario grew from the smaller run to the larger one: ratios of latencies, and of throughput under load. */
    static void printGrowth(String title, List<Result> small, List<Result> big) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-32s %10s %10s %10s %10s %12s%n",
                "scenario",
                "hits",
                "p50",
                "p95",
                "many p50",
                "many per s");
        for (Result s : small) {
            big.stream()
                    .filter(b -> b.key().equals(s.key()))
                    .findFirst()
                    .ifPresent(b -> System.out.printf(
                            Locale.ROOT,
                            "%-32s %9.1fx %9.2fx %9.2fx %9.2fx %11.2fx%n",
                            s.key(),
                            ratio(b.hits(), s.hits()),
                            b.p50() / s.p50(),
                            b.p95() / s.p95(),
                            b.concurrentP50() / s.concurrentP50(),
                            b.perSecond() / s.perSecond()));
        }
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
