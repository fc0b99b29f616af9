package org.tongxin.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The login flood benchmark ({@code ./mvnw -Pbench-login}): how much slower a signed-in person's
 * requests get while 300 clients send wrong logins as fast as the server answers them. Starts the
 * provisioned server on its own PostgreSQL database with the demo data, signs in an API client (HTTP
 * Basic, password verified once) and a page session, then for each setting of the login throttle
 * times their requests alone and during a flood of {@code wrk} (300 connections, 127.0.0.1 only,
 * bounded by time and by count, wrong passwords for login names that do not exist, so no demo
 * account is locked). The settings are changed on the running server (they are read per attempt):
 * <ol>
 * <li>unbounded: as before the throttle (1,000 hashing permits, no failure buckets);</li>
 * <li>hashing pool only (the default permits: the number of cores);</li>
 * <li>the defaults: the pool and the failure buckets.</li>
 * </ol>
 * Prints p50/p95 before and during each flood, their ratio, the flood's answers, and the CPU share of
 * the load tool and of the server. This is a benchmark, not a test: read the figures; see
 * docs/performance.md ("Login flood").
 */
public final class LoginFloodBench {

    private static final String PASSWORD = "Tongxin-Demo-2026";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long TICKS = 100; // USER_HZ of /proc/<pid>/stat

    private LoginFloodBench() {}

    private record Latency(double p50, double p95, int n) {}

    private static final int PACE_MILLIS = 25;

    private record Row(
            String setting,
            Latency apiBefore,
            Latency apiDuring,
            Latency pageBefore,
            Latency pageDuring,
            long flood,
            double floodPerSecond,
            Map<String, Long> answers,
            double toolCpu,
            double serverCpu) {}

    public static void main(String[] args) throws Exception {
        String url = CommitteeBench.arg(args, "--url", "jdbc:postgresql://127.0.0.1:5432/tongxin_login");
        String user = CommitteeBench.arg(args, "--user", "postgres");
        Path server = Path.of(CommitteeBench.arg(args, "--server", "target/server"));
        int portOffset = Integer.parseInt(CommitteeBench.arg(args, "--port-offset", "0"));
        int connections = Integer.parseInt(CommitteeBench.arg(args, "--connections", "300"));
        int seconds = Integer.parseInt(CommitteeBench.arg(args, "--seconds", "20"));
        int maxRequests = Integer.parseInt(CommitteeBench.arg(args, "--max-requests", "200000"));
        int samples = Integer.parseInt(CommitteeBench.arg(args, "--samples", "120"));
        String wrk = CommitteeBench.arg(args, "--wrk", "/usr/bin/wrk");
        if (!Files.isExecutable(Path.of(wrk))) {
            throw new IllegalStateException(wrk + " is missing: apt-get install wrk");
        }
        String base = CommitteeBenchRun.base(portOffset);
        if (!base.startsWith("http://localhost:")) {
            throw new IllegalStateException("the flood goes to this machine only");
        }
        String target = base.replace("localhost", "127.0.0.1");
        recreate(url, user);
        Path data = Files.createTempDirectory("tongxin-login-data");
        Path log = server.resolveSibling("bench-server.log");
        Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset, true, data);
        List<Row> rows = new ArrayList<>();
        try (ModelControllerClient management = ModelControllerClient.Factory.create("127.0.0.1", 9990 + portOffset)) {
            CommitteeBenchRun.awaitReady(wildfly, log, base);
            long serverPid = wildfly.descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java"))
                    .mapToLong(ProcessHandle::pid)
                    .findFirst()
                    .orElse(wildfly.pid());
            HttpClient api = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            login(browser, target, "office");
            HttpRequest me = HttpRequest.newBuilder(URI.create(target + "/api/v1/me"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();
            HttpRequest page = HttpRequest.newBuilder(URI.create(target + "/index.xhtml"))
                    .timeout(Duration.ofSeconds(60))
                    .build();
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 200; i++) { // warm up both paths
                long t0 = System.nanoTime();
                expect(api.send(me, HttpResponse.BodyHandlers.ofString()), 200);
                warm.add((System.nanoTime() - t0) / 1e6);
                expect(browser.send(page, HttpResponse.BodyHandlers.ofString()), 200);
            }
            double quiet = stats(warm.subList(100, warm.size())).p50();
            String[][] settings = {
                {"unbounded (as before: 1000 permits, no buckets)", "1000", "0", "0"},
                {"hashing pool only (" + CORES + " permits)", null, "0", "0"},
                {"defaults (pool + failure buckets)", null, null, null},
            };
            Path script = Files.writeString(Files.createTempFile("login-flood", ".lua"), lua(maxRequests / 2));
            for (String[] s : settings) {
                set(management, "tongxin.login.hash-permits", s[1]);
                set(management, "tongxin.login.address-failures", s[2]);
                set(management, "tongxin.login.username-failures", s[3]);
                awaitQuiet(api, me, quiet); // the previous flood's work is done
                List<Double> apiBefore = new ArrayList<>();
                List<Double> pageBefore = new ArrayList<>();
                sample(api, me, browser, page, apiBefore, pageBefore, samples, Long.MAX_VALUE);
                long serverCpu0 = cpuTicks(serverPid);
                long start = System.nanoTime();
                Process flood = new ProcessBuilder(
                                "bash",
                                "-c",
                                "\"$0\" -t2 -c" + connections + " -d" + seconds
                                        + "s --timeout 60s -s \"$1\" \"$2\"; times",
                                wrk,
                                script.toString(),
                                target + "/api/v1/me")
                        .redirectErrorStream(true)
                        .start();
                StringBuilder out = new StringBuilder();
                Thread reader = new Thread(() -> {
                    try {
                        out.append(new String(flood.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        out.append(e);
                    }
                });
                reader.start();
                // the flood is under way once the server has spent half a core-second on it
                while (flood.isAlive() && cpuTicks(serverPid) - serverCpu0 < TICKS / 2) {
                    flood.waitFor(50, TimeUnit.MILLISECONDS);
                }
                List<Double> apiDuring = new ArrayList<>();
                List<Double> pageDuring = new ArrayList<>();
                sample(
                        api,
                        me,
                        browser,
                        page,
                        apiDuring,
                        pageDuring,
                        samples,
                        start + Duration.ofSeconds(seconds - 1).toNanos());
                flood.waitFor();
                reader.join();
                double wall = (System.nanoTime() - start) / 1e9;
                double serverShare = (cpuTicks(serverPid) - serverCpu0) / (double) TICKS / (wall * CORES);
                String text = out.toString();
                Map<String, Long> answers = new LinkedHashMap<>();
                Matcher m = Pattern.compile("answers (\\d+)=(\\d+)").matcher(text);
                while (m.find()) {
                    answers.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
                }
                long total =
                        answers.values().stream().mapToLong(Long::longValue).sum();
                String[] times = text.trim().split("\n");
                double tool = Arrays.stream(times[times.length - 1].trim().split("\\s+"))
                                .mapToDouble(LoginFloodBench::seconds)
                                .sum()
                        / (seconds * (double) CORES);
                System.out.println(text.lines()
                        .filter(l ->
                                l.contains("Requests/sec") || l.contains("Socket errors") || l.startsWith("answers"))
                        .reduce("", (a, b) -> a + "  " + b.trim() + "\n"));
                Row row = new Row(
                        s[0],
                        stats(apiBefore),
                        stats(apiDuring),
                        stats(pageBefore),
                        stats(pageDuring),
                        total,
                        total / (double) seconds,
                        answers,
                        tool,
                        serverShare);
                rows.add(row);
                print(List.of(row), connections, seconds);
            }
        } finally {
            CommitteeBenchRun.stop(wildfly);
        }
        System.out.println();
        System.out.println("LOGIN FLOOD: " + connections + " connections of wrong logins for " + seconds + " s, "
                + CORES + " cores shared by server, load tool and sampler");
        print(rows, connections, seconds);
    }

    private static void print(List<Row> rows, int connections, int seconds) {
        System.out.println();
        System.out.println(
                "| setting | signed-in request | alone p50 / p95 ms | during flood p50 / p95 ms | slower p50 / p95 | flood answers | wrk CPU | server CPU |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Row r : rows) {
            String answers = r.answers().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("-")
                    + String.format(Locale.ROOT, " (%.0f/s)", r.floodPerSecond());
            System.out.println(line(
                    r.setting(),
                    "REST `GET /api/v1/me` (Basic, verified before)",
                    r.apiBefore(),
                    r.apiDuring(),
                    answers,
                    r.toolCpu(),
                    r.serverCpu()));
            System.out.println(line("", "page `index.xhtml` (session)", r.pageBefore(), r.pageDuring(), "", -1, -1));
        }
    }

    private static String line(
            String setting, String what, Latency before, Latency during, String answers, double tool, double server) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.1f / %.1f | %.1f / %.1f | %.1f× / %.1f× | %s | %s | %s |",
                setting,
                what,
                before.p50(),
                before.p95(),
                during.p50(),
                during.p95(),
                during.p50() / before.p50(),
                during.p95() / before.p95(),
                answers,
                tool < 0 ? "" : String.format(Locale.ROOT, "%.0f %%", tool * 100),
                server < 0 ? "" : String.format(Locale.ROOT, "%.0f %%", server * 100));
    }

    /**
     * Sends the API request and then the page request, one pair every {@value #PACE_MILLIS} ms on a
     * fixed schedule (a pair that runs late delays the next, never overlaps it), until {@code n} of each
     * or the deadline. The fixed pace spreads the samples over the flood instead of its first seconds.
     */
    private static void sample(
            HttpClient api,
            HttpRequest me,
            HttpClient browser,
            HttpRequest page,
            List<Double> apiTimes,
            List<Double> pageTimes,
            int n,
            long deadline)
            throws Exception {
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            pacer.scheduleAtFixedRate(
                    () -> {
                        if (apiTimes.size() >= n || System.nanoTime() >= deadline) {
                            done.complete(null);
                            return;
                        }
                        try {
                            long t0 = System.nanoTime();
                            expect(api.send(me, HttpResponse.BodyHandlers.ofString()), 200);
                            long t1 = System.nanoTime();
                            expect(browser.send(page, HttpResponse.BodyHandlers.ofString()), 200);
                            long t2 = System.nanoTime();
                            apiTimes.add((t1 - t0) / 1e6);
                            pageTimes.add((t2 - t1) / 1e6);
                        } catch (Exception | Error e) {
                            done.completeExceptionally(e);
                        }
                    },
                    0,
                    PACE_MILLIS,
                    TimeUnit.MILLISECONDS);
            done.get();
        } finally {
            pacer.shutdownNow();
        }
    }

    /** Sends the API request until twenty in a row answer within twice the quiet median (two minutes at most). */
    private static void awaitQuiet(HttpClient api, HttpRequest me, double quietMillis) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int inARow = 0;
        while (inARow < 20) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not settle after the flood");
            }
            long t0 = System.nanoTime();
            expect(api.send(me, HttpResponse.BodyHandlers.ofString()), 200);
            inARow = (System.nanoTime() - t0) / 1e6 <= 2 * quietMillis ? inARow + 1 : 0;
        }
    }

    private static Latency stats(List<Double> times) {
        if (times.isEmpty()) {
            return new Latency(Double.NaN, Double.NaN, 0);
        }
        double[] sorted =
                times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latency(
                sorted[(int) Math.min(sorted.length - 1, Math.round(0.50 * (sorted.length - 1)))],
                sorted[(int) Math.min(sorted.length - 1, Math.round(0.95 * (sorted.length - 1)))],
                sorted.length);
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static void login(HttpClient browser, String base, String username) throws Exception {
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("form login of " + username + " answered " + r.statusCode());
        }
    }

    /** Sets (or with null removes) a system property of the running server. */
    private static void set(ModelControllerClient management, String name, String value) throws IOException {
        ModelNode address = Operations.createAddress("system-property", name);
        management.execute(Operations.createRemoveOperation(address)); // absent is fine
        if (value != null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(value);
            ModelNode result = management.execute(add);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException(result.toString());
            }
        }
    }

    /** User and system CPU of a process so far, in clock ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** "1m2.345s" (bash's times) in seconds. */
    private static double seconds(String bash) {
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s").matcher(bash);
        return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2)) : 0;
    }

    /**
     * The wrk script: each request a wrong password for a login name that does not exist (a new one
     * each time), each thread stops after {@code perThread} requests; the answers are counted by status.
     */
    private static String lua(int perThread) {
        return """
                local threads = {}
                local b = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
                local function base64(data)
                  return ((data:gsub('.', function(x)
                    local r, byte = '', x:byte()
                    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and '1' or '0') end
                    return r
                  end) .. '0000'):gsub('%d%d?%d?%d?%d?%d?', function(x)
                    if #x < 6 then return '' end
                    local c = 0
                    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
                    return b:sub(c + 1, c + 1)
                  end) .. ({ '', '==', '=' })[#data % 3 + 1])
                end
                function setup(thread)
                  table.insert(threads, thread)
                  thread:set("id", #threads)
                end
                function init(args)
                  counter = 0
                  answers = {}
                end
                function request()
                  counter = counter + 1
                  if counter > MAX_PER_THREAD then wrk.thread:stop() end
                  local auth = base64("flood-" .. id .. "-" .. counter .. ":not-the-password")
                  return wrk.format("GET", nil, { ["Authorization"] = "Basic " .. auth, ["Accept"] = "application/json" })
                end
                function response(status, headers, body)
                  answers[status] = (answers[status] or 0) + 1
                end
                function done(summary, latency, requests)
                  for _, t in ipairs(threads) do
                    local a = t:get("answers")
                    for status, n in pairs(a) do io.write(string.format("answers %d=%d\\n", status, n)) end
                  end
                end
                """.replace("MAX_PER_THREAD", String.valueOf(perThread));
    }

    /** Drops and creates the benchmark's own database, so that the demo data loads on the first start. */
    private static void recreate(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
    }
}
