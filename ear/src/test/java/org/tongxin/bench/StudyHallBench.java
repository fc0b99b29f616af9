package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Times the study hall on a running server loaded by {@link StudyHallData}, as the bench-office account:
 * <ol>
 * <li>64 clients, each booking a series of free half-hour slots of its own space (distinct spaces: no
 * contention but the database's);</li>
 * <li>64 clients all after the same slot of one space, round after round: exactly one may win each round,
 * the others must be told {@code slot-taken} (409);</li>
 * <li>the calendar: one space's week and the whole hall's week, from one client in sequence and from 32 at
 * once.</li>
 * </ol>
 * The bookings go in the night hours (00:00 to 08:00, Asia/Shanghai) from tomorrow on, which the generated
 * data leaves free; each client first reads its space's bookings and skips what is held, so the benchmark
 * may run again on the same database. Every client sends HTTP Basic credentials with each request and is
 * signed in once before it is timed (the server caches a checked credential for 5 minutes). A benchmark,
 * not a test: it prints what it measured, including the requests that did not get the answer expected.
 */
public final class StudyHallBench {

    /** One scenario: requests, answers per second over the scenario's wall time, latencies, unexpected answers. */
    public record Result(
            String scenario,
            int requests,
            double perSecond,
            double p50,
            double p95,
            double p99,
            double mean,
            int errors) {}

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SLOT_TAKEN = "urn:tongxin:problem:slot-taken";
    /** Night slots of half an hour, 00:00 to 08:00: 16 a day. */
    private static final int NIGHT_SLOTS = 16;

    private final String base;
    private final String auth;
    /** The contested scenario's verdict, filled by {@link #run}. */
    private boolean oneWinnerPerSlot;

    private final List<String> notes = new ArrayList<>();

    public StudyHallBench(String base, String user, String password) {
        this.base = base;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = CommitteeBench.arg(args, "--base", "http://localhost:8080");
        StudyHallBench bench = new StudyHallBench(
                base,
                CommitteeBench.arg(args, "--user", "bench-office"),
                CommitteeBench.arg(args, "--password", "Tongxin-Demo-2026"));
        List<Result> results = bench.run(
                Integer.parseInt(CommitteeBench.arg(args, "--clients", "64")),
                Integer.parseInt(CommitteeBench.arg(args, "--bookings", "20")),
                Integer.parseInt(CommitteeBench.arg(args, "--rounds", "30")),
                Integer.parseInt(CommitteeBench.arg(args, "--requests", "200")));
        bench.print("study hall at " + base, results);
    }

    /**
     * Runs the three scenarios: {@code clients} clients booking {@code bookings} slots each on their own
     * spaces, then {@code rounds} rounds of the contested slot, then {@code requests} calendar queries of each
     * kind, in sequence and from 32 clients.
     */
    public List<Result> run(int clients, int bookings, int rounds, int requests) throws Exception {
        List<JsonObject> spaces = nightSpaces(clients);
        List<Result> results = new ArrayList<>();
        results.add(ownSpaces(clients, bookings, spaces.subList(0, clients)));
        results.add(contested(
                clients, rounds, spaces.get(clients).getJsonNumber("id").longValue()));
        results.addAll(calendar(requests));
        return results;
    }

    /** The spaces bookable at night without approval, by id: one per client and one more for the contested slot. */
    private List<JsonObject> nightSpaces(int clients) throws Exception {
        List<JsonObject> spaces =
                getObject(client(), "/api/v1/studyhall/spaces")
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(s -> s.getBoolean("active")
                                && !s.getBoolean("needsApproval")
                                && s.getString("openingHours").startsWith("00:00-23:59")
                                && s.getInt("advanceDays") >= 30
                                && s.getInt("minMinutes") <= 30
                                && !"LECTURE_HALL".equals(s.getString("zone")))
                        .sorted(Comparator.comparingLong(
                                s -> s.getJsonNumber("id").longValue()))
                        .toList();
        if (spaces.size() < clients + 1) {
            throw new IllegalStateException(
                    "only " + spaces.size() + " spaces open at night for " + clients + " clients and one contested");
        }
        return spaces;
    }

    /**
     * Only the two booking scenarios (own spaces, one contested slot), for the load run that prints them
     * beside its baseline; {@link #oneWinnerPerSlot()} has the contested verdict afterwards.
     */
    public List<Result> bookings(int clients, int bookings, int rounds) throws Exception {
        List<JsonObject> spaces = nightSpaces(clients);
        return List.of(
                ownSpaces(clients, bookings, spaces.subList(0, clients)),
                contested(
                        clients, rounds, spaces.get(clients).getJsonNumber("id").longValue()));
    }

    /** Whether every contested round had exactly one winner and a slot-taken answer for everyone else. */
    public boolean oneWinnerPerSlot() {
        return oneWinnerPerSlot;
    }

    /** (a) every client books {@code perClient} free night slots of its own space, one after the other. */
    private Result ownSpaces(int clients, int perClient, List<JsonObject> spaces) throws Exception {
        int warmUp = 2;
        List<HttpClient> http = new ArrayList<>();
        List<List<OffsetDateTime>> slots = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient h = client();
            long space = spaces.get(i).getJsonNumber("id").longValue();
            http.add(h);
            slots.add(freeNightSlots(h, space, warmUp + perClient));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            double[][] ms = new double[clients][];
            AtomicInteger errors = new AtomicInteger();
            CyclicBarrier go = new CyclicBarrier(clients + 1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                long space = spaces.get(i).getJsonNumber("id").longValue();
                done.add(pool.submit(() -> {
                    List<OffsetDateTime> mine = slots.get(client);
                    for (int k = 0; k < warmUp; k++) {
                        book(http.get(client), space, mine.get(k));
                    }
                    go.await();
                    ms[client] = new double[perClient];
                    for (int k = 0; k < perClient; k++) {
                        long start = System.nanoTime();
                        HttpResponse<String> r = book(http.get(client), space, mine.get(warmUp + k));
                        ms[client][k] = (System.nanoTime() - start) / 1e6;
                        if (r.statusCode() != 201) {
                            note("own space " + space + ": " + r.statusCode() + " " + r.body());
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.await();
            long start = System.nanoTime();
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int n = clients * perClient;
            return result(
                    clients + " clients, own spaces: bookings",
                    flatten(ms),
                    (n - errors.get()) / seconds,
                    errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * (b) all clients ask for the same free slot of one space at once, round after round; counts a round as
     * wrong unless it has exactly one 201 and a 409 {@code slot-taken} for everyone else.
     */
    private Result contested(int clients, int rounds, long space) throws Exception {
        List<HttpClient> http = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient h = client();
            getObject(h, "/api/v1/studyhall/spaces");
            http.add(h);
        }
        // the first slot warms up, the rest are timed
        List<OffsetDateTime> slots = freeNightSlots(http.get(0), space, rounds + 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            double[][] ms = new double[clients][rounds];
            int[][] status = new int[clients][rounds + 1];
            boolean[][] taken = new boolean[clients][rounds + 1];
            CyclicBarrier round = new CyclicBarrier(clients, () -> {});
            CyclicBarrier go = new CyclicBarrier(clients + 1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                done.add(pool.submit(() -> {
                    for (int k = 0; k <= rounds; k++) {
                        if (k == 1) {
                            go.await();
                        }
                        round.await();
                        long start = System.nanoTime();
                        HttpResponse<String> r = book(http.get(client), space, slots.get(k));
                        if (k > 0) {
                            ms[client][k - 1] = (System.nanoTime() - start) / 1e6;
                        }
                        status[client][k] = r.statusCode();
                        taken[client][k] = r.statusCode() == 409 && r.body().contains(SLOT_TAKEN);
                        if (r.statusCode() != 201 && !taken[client][k]) {
                            note("contested space " + space + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            go.await();
            long start = System.nanoTime();
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int wrongRounds = 0;
            int errors = 0;
            for (int k = 1; k <= rounds; k++) {
                int winners = 0;
                int losers = 0;
                for (int i = 0; i < clients; i++) {
                    winners += status[i][k] == 201 ? 1 : 0;
                    losers += taken[i][k] ? 1 : 0;
                }
                if (winners != 1 || losers != clients - 1) {
                    wrongRounds++;
                    note("round " + k + ": " + winners + " winners, " + losers + " slot-taken of " + clients);
                }
                errors += clients - winners - losers;
            }
            oneWinnerPerSlot = wrongRounds == 0;
            return result(clients + " clients, one slot: answers", flatten(ms), clients * rounds / seconds, errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * (c) the calendar of the busiest space for a week, and the week of every space the caller sees, over the
     * eight weeks before {@link ProvinceData#AS_OF}: first from one client in sequence, then from 32 at once.
     */
    private List<Result> calendar(int requests) throws Exception {
        HttpClient h = client();
        LocalDate lastMonday = ProvinceData.AS_OF
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            mondays.add(lastMonday.minusWeeks(w));
        }
        IntFunction<String> hall = i -> "/api/v1/studyhall/bookings?from=" + mondays.get(i % 8) + "&to="
                + mondays.get(i % 8).plusDays(6);
        // the space with the most bookings in those weeks
        Map<Long, Integer> perSpace = new HashMap<>();
        long hallRows = 0;
        for (int w = 0; w < 8; w++) {
            JsonArray items = getObject(h, hall.apply(w)).getJsonArray("items");
            hallRows += items.size();
            items.getValuesAs(JsonObject.class)
                    .forEach(b -> perSpace.merge(b.getJsonNumber("space").longValue(), 1, Integer::sum));
        }
        long busy = perSpace.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        IntFunction<String> space = i -> "/api/v1/studyhall/bookings?space=" + busy + "&from=" + mondays.get(i % 8)
                + "&to=" + mondays.get(i % 8).plusDays(6);
        String spaceLabel = String.format(Locale.ROOT, "calendar: space week (%.0f)", perSpace.get(busy) / 8.0);
        String hallLabel = String.format(Locale.ROOT, "calendar: hall week (%.0f)", hallRows / 8.0);
        List<Result> results = new ArrayList<>();
        results.add(reads(spaceLabel + ", 1 client", 1, requests, space));
        results.add(reads(spaceLabel + ", 32 clients", 32, requests, space));
        results.add(reads(hallLabel + ", 1 client", 1, requests, hall));
        results.add(reads(hallLabel + ", 32 clients", 32, requests, hall));
        return results;
    }

    /** {@code requests} GETs shared out over {@code clients} clients, after a warm-up of a tenth as many. */
    private Result reads(String scenario, int clients, int requests, IntFunction<String> path) throws Exception {
        List<HttpClient> http = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient h = client();
            getObject(h, "/api/v1/studyhall/spaces");
            http.add(h);
        }
        for (int i = 0; i < Math.max(10, requests / 10); i++) {
            getObject(http.get(i % clients), path.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            double[][] ms = new double[clients][];
            AtomicInteger errors = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                int client = i;
                int mine = requests / clients + (i < requests % clients ? 1 : 0);
                done.add(pool.submit(() -> {
                    ms[client] = new double[mine];
                    for (int k = 0; k < mine; k++) {
                        long t = System.nanoTime();
                        HttpResponse<String> r = send(
                                http.get(client),
                                request(path.apply(client + k * clients)).GET().build());
                        ms[client][k] = (System.nanoTime() - t) / 1e6;
                        if (r.statusCode() != 200) {
                            note(scenario + ": " + r.statusCode() + " " + r.body());
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return result(scenario, flatten(ms), requests / seconds, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The first {@code n} night slots of a space from tomorrow on that no held booking touches (the space's
     * calendar is read a fortnight at a time).
     */
    private List<OffsetDateTime> freeNightSlots(HttpClient h, long space, int n) {
        List<OffsetDateTime> free = new ArrayList<>();
        LocalDate from = LocalDate.now(ZONE).plusDays(1);
        while (free.size() < n) {
            if (from.isAfter(LocalDate.now(ZONE).plusDays(300))) {
                throw new IllegalStateException("no " + n + " free night slots in space " + space);
            }
            LocalDate to = from.plusDays(13);
            List<long[]> held = new ArrayList<>();
            for (JsonObject b : getObject(
                            h, "/api/v1/studyhall/bookings?space=" + space + "&from=" + from + "&to=" + to)
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                if (List.of("PENDING", "CONFIRMED", "COMPLETED").contains(b.getString("status"))) {
                    held.add(new long[] {
                        OffsetDateTime.parse(b.getString("start")).toEpochSecond(),
                        OffsetDateTime.parse(b.getString("end")).toEpochSecond()
                    });
                }
            }
            for (LocalDate day = from; !day.isAfter(to) && free.size() < n; day = day.plusDays(1)) {
                for (int s = 0; s < NIGHT_SLOTS && free.size() < n; s++) {
                    ZonedDateTime start = day.atStartOfDay(ZONE).plusMinutes(30L * s);
                    long a = start.toEpochSecond();
                    long b = a + 1800;
                    if (held.stream().noneMatch(x -> x[0] < b && x[1] > a)) {
                        free.add(start.toOffsetDateTime());
                    }
                }
            }
            from = to.plusDays(1);
        }
        return free;
    }

    private HttpResponse<String> book(HttpClient h, long space, OffsetDateTime start) {
        String body = Json.createObjectBuilder()
                .add("space", space)
                .add("start", start.toString())
                .add("end", start.plusMinutes(30).toString())
                .add("title", "基准预约")
                .add("attendees", 1)
                .build()
                .toString();
        return send(
                h,
                request("/api/v1/studyhall/bookings")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
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
                .timeout(Duration.ofSeconds(120));
    }

    private JsonObject getObject(HttpClient h, String path) {
        HttpResponse<String> r = send(h, request(path).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
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

    private static double[] flatten(double[][] ms) {
        return Arrays.stream(ms).flatMapToDouble(Arrays::stream).sorted().toArray();
    }

    private static Result result(String scenario, double[] sorted, double perSecond, int errors) {
        return new Result(
                scenario,
                sorted.length,
                perSecond,
                CommitteeBench.pct(sorted, 50),
                CommitteeBench.pct(sorted, 95),
                CommitteeBench.pct(sorted, 99),
                Arrays.stream(sorted).average().orElse(0),
                errors);
    }

    /** The table, the contested scenario's verdict and the first unexpected answers. */
    void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(
                Locale.ROOT,
                "%-44s %8s %9s %9s %9s %9s %9s %7s%n",
                "scenario",
                "requests",
                "per s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "mean ms",
                "errors");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %8d %9.1f %9.1f %9.1f %9.1f %9.1f %7d%n",
                    r.scenario(),
                    r.requests(),
                    r.perSecond(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.mean(),
                    r.errors());
        }
        System.out.println("exactly one winner per slot: " + (oneWinnerPerSlot ? "yes" : "no"));
        notes.forEach(n -> System.out.println("  " + n));
    }
}
