package org.tongxin.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The provisioned server (target/server) started by bin/standalone.sh as an installation starts it:
 * its own data directory under target/NAME, only the TONGXIN_* variables the test gives, and, when the
 * test run is on PostgreSQL ({@code tongxin.it.db=postgresql}), a fresh database {@code tongxin_NAME} on
 * the same host; otherwise its own embedded H2. Stopped by the process handles it started, never by a
 * name. Runs in a failsafe execution of its own, never beside the Arquillian server (same ports).
 */
public final class OwnServer implements AutoCloseable {

    private final Process process;
    private final Path work;

    private OwnServer(Process process, Path work) {
        this.process = process;
        this.work = work;
    }

    /** Starts the server with these variables (on top of the database ones) and waits for its start. */
    public static OwnServer start(String name, Map<String, String> variables) throws Exception {
        Path home = Path.of(System.getProperty("tongxin.server", "target/server"));
        Assumptions.assumeTrue(
                Files.isExecutable(home.resolve("bin/standalone.sh")), "no provisioned server at " + home);
        Path work = Path.of("target", name).toAbsolutePath();
        deleteTree(work);
        // the tokens of an earlier server at this address (another database) mean nothing to this one
        Api.forgetTokens();
        Files.createDirectories(work);
        ProcessBuilder pb = new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(), "-Djboss.server.data.dir=" + work.resolve("data"));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("TONGXIN_")); // nothing of the test run's own settings
        if ("postgresql".equals(System.getProperty("tongxin.it.db"))) {
            String database = "tongxin_" + name.replace('-', '_');
            String url = System.getProperty("tongxin.it.db.url", "jdbc:postgresql://127.0.0.1:5432/tongxin_test");
            String base = url.substring(0, url.lastIndexOf('/') + 1);
            String user = System.getProperty("tongxin.it.db.user", "postgres");
            String password = System.getProperty("tongxin.it.db.password", "");
            recreate(base + "postgres", user, password, database);
            env.put("TONGXIN_DB_URL", base + database);
            env.put("TONGXIN_DB_USER", user);
            env.put("TONGXIN_DB_PASSWORD", password);
        }
        env.putAll(variables);
        env.put("NOPAUSE", "true");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        OwnServer server = new OwnServer(process, work);
        try {
            awaitStarted(process, work.resolve("server.log"), Duration.ofMinutes(5));
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Where the server's console goes. */
    public Path log() {
        return work.resolve("server.log");
    }

    /** The server's working directory (its data directory is data/ in it). */
    public Path work() {
        return work;
    }

    @Override
    public void close() {
        Processes.stopTree(process, "the server");
    }

    private static void recreate(String adminUrl, String user, String password, String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(adminUrl, user, password);
                var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
    }

    /** Copies the console to the log until WildFly reports its start (WFLYSRV0025; 0026 means with errors). */
    private static void awaitStarted(Process wildfly, Path log, Duration timeout) throws Exception {
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread pump = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                                    new InputStreamReader(wildfly.getInputStream(), StandardCharsets.UTF_8));
                            var out = Files.newBufferedWriter(log)) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.write(line);
                            out.newLine();
                            if (line.contains("WFLYSRV0025") || line.contains("WFLYSRV0026")) {
                                out.flush();
                                started.complete(line.contains("WFLYSRV0025"));
                            }
                        }
                    } catch (IOException e) {
                        started.completeExceptionally(e);
                    }
                    started.complete(false);
                },
                "own-server-console");
        pump.setDaemon(true);
        pump.start();
        if (!started.get(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not start cleanly; see " + log);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
