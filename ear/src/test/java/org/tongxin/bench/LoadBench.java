package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform under load, Gatling-style but from the build: for each scenario, {@code clients} virtual
 * users (one HTTP connection pool each, their own cookies) repeat one step for a fixed time after a
 * warm-up; each answer is timed and checked. Three baselines of the same deployment run first — the
 * unauthenticated no-op ({@code GET /api/v1/health/live}: no login, no database), a trivial signed-in
 * REST call ({@code GET /api/v1/ping}, the login check and JAX-RS, no query) and a trivial page (the
 * login page, Faces without a query) — and every row is also printed as a ratio to its baseline (the
 * ping's to the no-op; REST rows' to the ping; pages' to the login page), so that the figures say what
 * the application adds on this machine, whatever else it is doing.
 *
 * <p>Scenarios: REST reads (the report list filtered and paged, the roster's first page, a member's duty
 * record, a space's week of bookings); pages with real Faces view-state round trips (the report list page and the
 * roster page: load, filter, next page, each a POST carrying the view state of the load); writes
 * (report creation and submission by members; an editor's start-editing and adoption); bookings on
 * distinct spaces and on one contested slot; a burst of logins (the password hashing is deliberate).
 *
 * <p>What a scenario counts: every request that ends after the warm-up, however early it began, with its
 * whole latency, so that requests slower than the window are not dropped (they used to leave a row of
 * zeros); the rate is those requests over the time from the end of the warm-up to the last answer.
 * <i>slow</i> counts the answers that took more than {@link #SLOW_MS} ms: a client would have given up.
 */
public final class LoadBench {

    /** One scenario's figures; {@code ratio} is p50 over the baseline's p50 (1 for a baseline). */
    /** An answer slower than this is counted as slow (a timeout to a person waiting), as well as timed. */
    static final double SLOW_MS = 5_000;

    public record Result(
            String scenario,
            int clients,
            long requests,
            double seconds,
            long errors,
            long slow,
            double p50,
            double p95,
            double p99,
            double ratio,
            double toolCpu,
            double serverCpu) {
        double throughput() {
            return requests / seconds;
        }

        /** The same figures with the CPU shares measured over the scenario. */
        Result withCpu(Cpu.Share share) {
            return new Result(
                    scenario,
                    clients,
                    requests,
                    seconds,
                    errors,
                    slow,
                    p50,
                    p95,
                    p99,
                    ratio,
                    share.tool(),
                    share.server());
        }
    }

    /** A virtual user: its own client (cookies, connections) and its Basic credentials. */
    static final class User {
        final HttpClient http;
        final String login;
        final String auth;
        String viewState;
        /** The script nonce of the last page's Content-Security-Policy, which a browser's form posts send back. */
        String nonce = "";

        User(String login, String password) {
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            this.login = login;
            this.auth = "Basic "
                    + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One step of a virtual user: true when the answer is the expected one. */
    interface Step {
        boolean run(User user, int iteration) throws Exception;
    }

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta\\.faces\\.ViewState[^>]*><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** What the roster filter searches for, in turn: pinyin initials and prefixes, as the office types them (ASCII, sent as is). */
    private static final String[] ROSTER_SEARCHES = {"zw", "lj", "wang", "zh", "lim", "chen", "wh", "liu"};

    private final String base;
    private final String password;
    private final Duration duration;
    private final Duration warmUp;
    /** The server's process, for its CPU share beside the load tool's; 0 when it is not known (not printed). */
    private long serverPid;
    /** Records the server's profile of each counted scenario when not null. */
    private Profile profile;

    /** Per scenario: requests made in all (warm-up included) and the server's CPU seconds meanwhile. */
    private final Map<String, double[]> costs = new LinkedHashMap<>();

    /** The server's CPU time in ticks of 1/100 s, or -1 when not known. */
    private long serverTicks() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            return RestCostBench.cpuTicks(serverPid);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Records a profile of each scenario with this profiler; null: none. */
    LoadBench profile(Profile profile) {
        this.profile = profile;
        return this;
    }

    /** Measures the CPU share of this server process too (the JVM that WildFly runs in). */
    LoadBench serverPid(long pid) {
        this.serverPid = pid;
        return this;
    }

    public LoadBench(String base, String password, Duration duration, Duration warmUp) {
        System.setProperty("tongxin.load.base", base);
        System.setProperty("tongxin.load.password", password);
        this.base = base;
        this.password = password;
        this.duration = duration;
        this.warmUp = warmUp;
    }

    /**
     * The accounts the scenarios act as: an editor, members (writers), office staff (bookings), a roster reader, and
     * members who sign in for the first time in the login burst (none of them used by another scenario: a password
     * verified in the last five minutes is not hashed again, see {@code VerifiedCredentials}).
     */
    public record Cast(String editor, List<String> members, String office, String keeper, List<String> firstLogins) {

        /** A cast without first logins (no burst). */
        public Cast(String editor, List<String> members, String office, String keeper) {
            this(editor, members, office, keeper, List.of());
        }
    }

    /** The first logins the bursts of this JVM have used: each burst signs in accounts no burst has used. */
    private static final AtomicInteger FIRST_LOGINS_USED = new AtomicInteger();

    public List<Result> run(Cast cast, int clients) throws Exception {
        List<Result> results = new ArrayList<>();
        // the unauthenticated no-op (no login, no database): what the stack itself costs; the ping's base
        Result noOp = time(
                "baseline: no-op (health/live)",
                clients,
                (String) null,
                null,
                (u, i) -> page(u, "/api/v1/health/live") == 200,
                0);
        Result restBase = time(
                "baseline: REST ping",
                clients,
                cast.editor(),
                null,
                (u, i) -> get(u, "/api/v1/ping") == 200,
                noOp.p50());
        results.add(noOp);
        Result pageBase =
                time("baseline: login page", clients, (String) null, null, (u, i) -> page(u, "/login.xhtml") == 200, 0);
        results.add(restBase);
        results.add(pageBase);
        double rest = restBase.p50();
        double pages = pageBase.p50();

        // REST reads
        JsonObject anyMember = json(getBody(new User(cast.office(), password), "/api/v1/members?size=50"));
        long[] memberIds = anyMember.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .mapToLong(m -> m.getJsonNumber("id").longValue())
                .toArray();
        var spaces = json(getBody(new User(cast.keeper(), password), "/api/v1/studyhall/spaces?size=1"))
                .getJsonArray("items");
        long space = spaces.isEmpty()
                ? -1
                : spaces.getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate monday = LocalDate.now(ZONE).with(java.time.DayOfWeek.MONDAY);
        results.add(time(
                "REST: report list, submitted, page 1",
                clients,
                cast.editor(),
                null,
                (u, i) -> get(u, "/api/v1/reports?state=SUBMITTED&size=20") == 200,
                rest));
        results.add(time(
                "REST: report list, adopted, page 50",
                clients,
                cast.editor(),
                null,
                (u, i) -> get(u, "/api/v1/reports?state=ADOPTED&size=20&page=50") == 200,
                rest));
        results.add(time(
                "REST: report search (two words)",
                clients,
                cast.editor(),
                null,
                (u, i) -> get(
                                u,
                                "/api/v1/reports?size=20&q="
                                        + URLEncoder.encode(i % 2 == 0 ? "农村 教育" : "医疗 保障", StandardCharsets.UTF_8))
                        == 200,
                rest));
        results.add(time(
                "REST: roster, first page",
                clients,
                cast.office(),
                null,
                (u, i) -> get(u, "/api/v1/members?size=20") == 200,
                rest));
        results.add(time(
                "REST: a member's duty record",
                clients,
                cast.office(),
                null,
                (u, i) -> get(u, "/api/v1/members/" + memberIds[i % memberIds.length] + "/duty") == 200,
                rest));
        if (space > 0) {
            results.add(time(
                    "REST: a space's week of bookings",
                    clients,
                    cast.keeper(),
                    null,
                    (u, i) -> get(
                                    u,
                                    "/api/v1/studyhall/bookings?space=" + space + "&from=" + monday + "&to="
                                            + monday.plusDays(7))
                            == 200,
                    rest));
        }

        // pages with view state: log in once per virtual user, then load / filter / page
        results.addAll(pages(cast, clients, pages));

        // writes
        AtomicInteger serial = new AtomicInteger();
        results.add(time(
                "write: report created and submitted",
                clients,
                cast.members(),
                // each member's password checked once before the clock starts, one after the other: 32 first checks at
                // once find the hashing permits taken and are refused with 429 by design (LoginThrottle), which the
                // runs before 5 December counted as failed writes
                LoadBench::checkedOnce,
                (m, i) -> {
                    String body = Json.createObjectBuilder()
                            .add("title", "压测信息 " + serial.incrementAndGet())
                            .add("body", "压测正文：农村教育与医疗保障。")
                            .add("proposals", Json.createArrayBuilder().add("建议"))
                            .add("topic", "ECONOMY")
                            .add("coAuthors", Json.createArrayBuilder())
                            .build()
                            .toString();
                    HttpResponse<String> c = send(m, "POST", "/api/v1/reports", body);
                    if (c.statusCode() != 201) {
                        return false;
                    }
                    long id = json(c.body()).getJsonNumber("id").longValue();
                    return send(m, "POST", "/api/v1/reports/" + id + "/submit", "")
                                    .statusCode()
                            == 200;
                },
                rest));
        results.add(time(
                "write: editor starts editing and adopts",
                clients,
                cast.editor(),
                null,
                (u, i) -> {
                    HttpResponse<String> list =
                            send(u, "GET", "/api/v1/reports?state=SUBMITTED&level=CITY&size=1&page=" + (i % 50), null);
                    var items = json(list.body()).getJsonArray("items");
                    if (items.isEmpty()) {
                        return true;
                    }
                    long id = items.getJsonObject(0).getJsonNumber("id").longValue();
                    HttpResponse<String> started = send(u, "POST", "/api/v1/reports/" + id + "/start-editing", "");
                    if (started.statusCode() == 409) {
                        return true; // another virtual editor took it first: a correct answer
                    }
                    if (started.statusCode() != 200) {
                        throw new IllegalStateException(
                                "start-editing answered " + started.statusCode() + ": " + started.body());
                    }
                    HttpResponse<String> adopted = send(u, "POST", "/api/v1/reports/" + id + "/adopt", "");
                    if (adopted.statusCode() != 200) {
                        throw new IllegalStateException(
                                "adopt answered " + adopted.statusCode() + ": " + adopted.body());
                    }
                    return true;
                },
                rest));

        // a burst of logins: every virtual user logs in over the form, once, at the same moment
        // (until 5 December the burst signed in the writers, whose passwords the writes had just verified: no hashing)
        int from = FIRST_LOGINS_USED.getAndAdd(clients);
        if (from + clients <= cast.firstLogins().size()) {
            results.add(burst(
                    "login burst (form, first logins)",
                    clients,
                    cast.firstLogins().subList(from, from + clients),
                    pages));
        }
        return results;
    }

    // --- the engine -------------------------------------------------------------------------------

    interface Setup {
        void run(User user) throws Exception;
    }

    private Result time(String scenario, int clients, String login, Setup setup, Step step, double baseline)
            throws Exception {
        return time(scenario, clients, login == null ? List.of("anonymous") : List.of(login), setup, step, baseline);
    }

    /**
     * The page scenarios alone (report list and roster: load, filter, next page), each a real Faces view-state round
     * trip; {@code pages} is the login page's p50 the ratios are taken to (0: none).
     */
    public List<Result> pages(Cast cast, int clients, double pages) throws Exception {
        List<Result> results = new ArrayList<>();
        results.add(time(
                "page: report list load",
                clients,
                cast.editor(),
                LoadBench::formLogin,
                (u, i) -> load(u, "/inforeport/reports.xhtml"),
                pages));
        results.add(time(
                "page: report list filter (ajax)",
                clients,
                cast.editor(),
                signedInAt("/inforeport/reports.xhtml"),
                (u, i) -> partial(
                        u,
                        "/inforeport/reports.xhtml",
                        "listForm",
                        "listForm:filter",
                        "listForm",
                        "listForm:reports listForm:messages",
                        "&listForm:state_input=" + (i % 2 == 0 ? "SUBMITTED" : "ADOPTED")
                                + "&listForm:filter=listForm:filter"),
                pages));
        results.add(time(
                "page: report list next page (ajax)",
                clients,
                cast.editor(),
                signedInAt("/inforeport/reports.xhtml"),
                (u, i) -> partial(
                        u,
                        "/inforeport/reports.xhtml",
                        "listForm",
                        "listForm:reports",
                        "listForm:reports",
                        "listForm:reports",
                        nextPage("listForm:reports", 20 * (1 + i % 5))),
                pages));
        results.add(time(
                "page: roster load",
                clients,
                cast.office(),
                LoadBench::formLogin,
                (u, i) -> load(u, "/committee/roster.xhtml"),
                pages));
        results.add(time(
                "page: roster filter (ajax)",
                clients,
                cast.office(),
                signedInAt("/committee/roster.xhtml"),
                (u, i) -> partial(
                        u,
                        "/committee/roster.xhtml",
                        "rosterForm",
                        "rosterForm:find",
                        "rosterForm",
                        "rosterForm:members",
                        "&rosterForm:text=" + ROSTER_SEARCHES[i % ROSTER_SEARCHES.length]
                                + "&rosterForm:find=rosterForm:find"),
                pages));
        results.add(time(
                "page: roster next page (ajax)",
                clients,
                cast.office(),
                signedInAt("/committee/roster.xhtml"),
                (u, i) -> partial(
                        u,
                        "/committee/roster.xhtml",
                        "rosterForm",
                        "rosterForm:members",
                        "rosterForm:members",
                        "rosterForm:members",
                        nextPage("rosterForm:members", 20 * (1 + i % 5))),
                pages));
        return results;
    }

    /** The login page (Faces, no query, no layout), the pages' baseline. */
    public Result loginPage(int clients) throws Exception {
        return time("baseline: login page", clients, (String) null, null, (u, i) -> page(u, "/login.xhtml") == 200, 0);
    }

    /** Per scenario: every request it made (its warm-up's too) and the server's CPU seconds over the same time. */
    public Map<String, double[]> costs() {
        return costs;
    }

    private Result time(String scenario, int clients, List<String> logins, Setup setup, Step step, double baseline)
            throws Exception {
        List<User> users = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            User u = new User(logins.get(c % logins.size()), password);
            if (setup != null) {
                try {
                    setup.run(u);
                } catch (Exception e) {
                    System.out.printf(Locale.ROOT, "  %-42s could not be set up: %s%n", scenario, e);
                    return new Result(
                            scenario + " (not set up)",
                            clients,
                            0,
                            duration.toMillis() / 1000.0,
                            clients,
                            0,
                            0,
                            0,
                            0,
                            0,
                            Double.NaN,
                            Double.NaN);
                }
            }
            users.add(u);
        }
        if (profile != null) {
            profile.start(scenario);
        }
        Cpu cpu = Cpu.start(serverPid);
        long serverTicks0 = serverTicks();
        AtomicLong made = new AtomicLong();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + duration.toNanos();
        List<double[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong lastAnswer = new AtomicLong(warmEnd);
        java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            User u = users.get(c);
            double[] mine = new double[200_000];
            latencies.add(mine);
            int offset = c * 1_000;
            Thread t = new Thread(
                    () -> {
                        int n = 0;
                        int i = offset;
                        try {
                            while (true) {
                                long start = System.nanoTime();
                                if (start >= end) {
                                    break;
                                }
                                boolean ok;
                                try {
                                    ok = step.run(u, i++);
                                } catch (Exception e) {
                                    ok = false;
                                    String why = String.valueOf(e.getMessage());
                                    synchronized (reasons) {
                                        if (reasons.size() < 3) {
                                            reasons.add(e.getClass().getSimpleName() + ": "
                                                    + (why.length() > 200 ? why.substring(0, 200) : why));
                                        }
                                    }
                                }
                                long stop = System.nanoTime();
                                made.incrementAndGet();
                                if (stop >= warmEnd && n < mine.length) {
                                    mine[n++] = ok ? (stop - start) / 1e6 : -(stop - start) / 1e6;
                                    lastAnswer.accumulateAndGet(stop, Math::max);
                                }
                            }
                        } finally {
                            if (n < mine.length) {
                                mine[n] = Double.NaN;
                            }
                            done.countDown();
                        }
                    },
                    "load-" + c);
            threads.add(t);
            t.start();
        }
        done.await();
        long serverTicks1 = serverTicks();
        Cpu.Share share = cpu.stop();
        if (profile != null) {
            profile.stop();
        }
        if (serverTicks0 >= 0 && serverTicks1 >= 0) {
            costs.put(scenario, new double[] {made.get(), (serverTicks1 - serverTicks0) / 100.0});
        }
        double[] all = latencies.stream()
                .flatMapToDouble(
                        a -> Arrays.stream(a).takeWhile(x -> !Double.isNaN(x)).filter(x -> x != 0))
                .toArray();
        long errs = Arrays.stream(all).filter(x -> x < 0).count();
        double[] ms = Arrays.stream(all).map(Math::abs).sorted().toArray();
        if (ms.length == 0) {
            ms = new double[] {0};
        }
        long slow = Arrays.stream(ms).filter(x -> x > SLOW_MS).count();
        double p50 = CommitteeBench.pct(ms, 50);
        double seconds = Math.max(duration.toNanos(), lastAnswer.get() - warmEnd) / 1e9;
        Result r = new Result(
                        scenario,
                        clients,
                        all.length,
                        seconds,
                        errs,
                        slow,
                        p50,
                        CommitteeBench.pct(ms, 95),
                        CommitteeBench.pct(ms, 99),
                        baseline == 0 ? 1 : p50 / baseline,
                        Double.NaN,
                        Double.NaN)
                .withCpu(share);
        System.out.printf(
                Locale.ROOT,
                "  %-42s %,8d requests %8.1f/s p95 %7.1f ms errors %d slow %d%n",
                scenario,
                r.requests(),
                r.throughput(),
                r.p95(),
                errs,
                slow);
        reasons.forEach(why -> System.out.println("      why: " + why));
        return r;
    }

    /** Every virtual user logs in at the same moment, once; the figures are per login. */
    private Result burst(String scenario, int clients, List<String> logins, double baseline) throws Exception {
        List<User> users = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            User u = new User(logins.get(c % logins.size()), password);
            page(u, "/login.xhtml");
            users.add(u);
        }
        double[] ms = new double[clients];
        AtomicLong errors = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = {Long.MAX_VALUE, 0};
        for (int c = 0; c < clients; c++) {
            int k = c;
            new Thread(() -> {
                        try {
                            go.await();
                            long start = System.nanoTime();
                            boolean ok = postLogin(users.get(k));
                            long stop = System.nanoTime();
                            synchronized (window) {
                                window[0] = Math.min(window[0], start);
                                window[1] = Math.max(window[1], stop);
                            }
                            ms[k] = (stop - start) / 1e6;
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        if (profile != null) {
            profile.start(scenario);
        }
        Cpu cpu = Cpu.start(serverPid);
        go.countDown();
        done.await();
        Cpu.Share share = cpu.stop();
        if (profile != null) {
            profile.stop();
        }
        Arrays.sort(ms);
        double seconds = (window[1] - window[0]) / 1e9;
        double p50 = CommitteeBench.pct(ms, 50);
        Result r = new Result(
                        scenario,
                        clients,
                        clients,
                        seconds,
                        errors.get(),
                        Arrays.stream(ms).filter(x -> x > SLOW_MS).count(),
                        p50,
                        CommitteeBench.pct(ms, 95),
                        CommitteeBench.pct(ms, 99),
                        p50 / baseline,
                        Double.NaN,
                        Double.NaN)
                .withCpu(share);
        System.out.printf(
                Locale.ROOT, "  %-42s %,8d logins in %.2f s, errors %d%n", scenario, clients, seconds, errors.get());
        return r;
    }

    // --- HTTP -------------------------------------------------------------------------------------

    private int get(User u, String path) throws IOException, InterruptedException {
        return send(u, "GET", path, null).statusCode();
    }

    private String getBody(User u, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(u, "GET", path, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private HttpResponse<String> send(User u, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", u.auth);
        if (json != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return u.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page without a session of its own (the login page). */
    private int page(User u, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = u.http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(r.body());
        if (m.find()) {
            u.viewState = m.group(1);
        }
        u.nonce = nonce(r);
        return r.statusCode();
    }

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /** The page's script nonce, from its Content-Security-Policy header; empty when there is none. */
    private static String nonce(HttpResponse<?> r) {
        Matcher m = NONCE.matcher(String.join(" ", r.headers().allValues("Content-Security-Policy")));
        return m.find() ? m.group(1) : "";
    }

    /** Loads a page of the signed-in user and keeps its view state. */
    private boolean load(User u, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = u.http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            return false;
        }
        u.viewState = m.group(1);
        return true;
    }

    /** A PrimeFaces ajax request on the loaded view: a POST with the view state, answered by a partial response. */
    private boolean partial(
            User u, String path, String form, String source, String execute, String render, String extra)
            throws IOException, InterruptedException {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute=" + enc(execute)
                + "&jakarta.faces.partial.render=" + enc(render) + "&" + enc(form) + "=" + enc(form)
                + "&jakarta.faces.ViewState=" + enc(u.viewState) + extra.replace(":", "%3A");
        HttpResponse<String> r = u.http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = PARTIAL_VIEW_STATE.matcher(r.body());
        if (m.find()) {
            u.viewState = m.group(1);
        }
        return r.statusCode() == 200
                && r.body().contains("<partial-response")
                && !r.body().contains("<error>");
    }

    /** The parameters of a lazy data table's page request, as PrimeFaces sends them (20 rows from {@code first}). */
    private static String nextPage(String table, int first) {
        return "&jakarta.faces.behavior.event=page&jakarta.faces.partial.event=page&" + table + "_pagination=true&"
                + table + "_first=" + first + "&" + table + "_rows=20&" + table + "_skipChildren=true&" + table
                + "_encodeFeature=true";
    }

    /** A virtual user's setup for an ajax scenario: signed in through the form, the page loaded (its view state kept). */
    private Setup signedInAt(String path) {
        return u -> {
            formLogin(u);
            load(u, path);
        };
    }

    static void formLogin(User u) throws IOException, InterruptedException {
        if (!postLoginAfterLoad(u)) {
            throw new IllegalStateException("form login failed for " + u.login);
        }
    }

    private static boolean postLoginAfterLoad(User u) throws IOException, InterruptedException {
        String base = System.getProperty("tongxin.load.base");
        HttpResponse<String> page = u.http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            return false;
        }
        u.viewState = m.group(1);
        u.nonce = nonce(page);
        return postLogin(u);
    }

    /** One signed-in API request, so that the scenario's requests find the password verified already. */
    private static void checkedOnce(User u) throws IOException, InterruptedException {
        String base = System.getProperty("tongxin.load.base");
        int status = u.http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/ping"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", u.auth)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 200) {
            throw new IllegalStateException("the ping answered " + status + " for " + u.login);
        }
    }

    private static boolean postLogin(User u) throws IOException, InterruptedException {
        String base = System.getProperty("tongxin.load.base");
        String password = System.getProperty("tongxin.load.password");
        String body = "login=login&login%3Ausername=" + enc(u.login) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=" + "&jakarta.faces.ViewState=" + enc(u.viewState)
                // as PrimeFaces' script sends it: without it, a login refused by the throttle (429 on the login page)
                // was answered with the generic error page, which the runs before 5 December counted as a login
                + (u.nonce.isEmpty() ? "" : "&primefaces.nonce=" + enc(u.nonce));
        HttpResponse<String> r = u.http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // signed in: a redirect onwards; a refused or failed login is redirected to the error page, or answered on
        // the login page (until 5 December any redirect counted, and the burst's refusals counted as logins)
        String to = r.headers().firstValue("Location").orElse("");
        return (r.statusCode() == 302 || r.statusCode() == 303)
                && !to.endsWith("/error")
                && !to.contains("/expired")
                && !to.contains("login");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    // --- printing ---------------------------------------------------------------------------------

    public static void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.println(
                "tool CPU: this load tool's JVM, srv CPU: the server's JVM; each its CPU time over the scenario's"
                        + " wall time (warm-up included) and all " + Cpu.CORES + " cores of the machine they share");
        System.out.printf(
                Locale.ROOT,
                "%-42s %7s %9s %9s %8s %8s %8s %7s %6s %9s %9s %9s%n",
                "scenario",
                "clients",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors",
                "slow",
                "x base",
                "tool CPU",
                "srv CPU");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-42s %7d %9d %9.1f %8.1f %8.1f %8.1f %7d %6d %8.2fx %9s %9s%n",
                    r.scenario(),
                    r.clients(),
                    r.requests(),
                    r.throughput(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.errors(),
                    r.slow(),
                    r.ratio(),
                    Cpu.percent(r.toolCpu()),
                    Cpu.percent(r.serverCpu()));
        }
    }

    public static void growth(String small, List<Result> a, String big, List<Result> b) {
        System.out.println();
        System.out.println("growth from " + small + " to " + big + " (ratio of latencies)");
        System.out.printf(Locale.ROOT, "%-42s %9s %9s%n", "scenario", "p50", "p95");
        Map<String, Result> byName = new LinkedHashMap<>();
        a.forEach(r -> byName.put(r.scenario(), r));
        for (Result r : b) {
            Result s = byName.get(r.scenario());
            if (s != null && s.p50() > 0 && s.p95() > 0) {
                System.out.printf(
                        Locale.ROOT, "%-42s %8.2fx %8.2fx%n", r.scenario(), r.p50() / s.p50(), r.p95() / s.p95());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String base = CommitteeBench.arg(args, "--base", "http://localhost:8080");
        String password = CommitteeBench.arg(args, "--password", "Tongxin-Demo-2026");
        int clients = Integer.parseInt(CommitteeBench.arg(args, "--clients", "32"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "15"));
        List<String> members = List.of(
                CommitteeBench.arg(args, "--members", "member1,member2,member3,member4,member5,member6,member7,member8")
                        .split(","));
        Cast cast = new Cast(
                CommitteeBench.arg(args, "--editor", "editor"),
                members,
                CommitteeBench.arg(args, "--office", "office"),
                CommitteeBench.arg(args, "--keeper", "keeper"));
        LoadBench bench = new LoadBench(base, password, Duration.ofSeconds(seconds), Duration.ofSeconds(3));
        print(
                "load at " + base + ", " + clients + " clients, " + seconds + " s per scenario",
                bench.run(cast, clients));
    }
}
