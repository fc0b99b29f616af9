package org.tongxin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenID Connect provider for the tests: Keycloak's distribution (unpacked into target/keycloak
 * by the build from Maven Central), started in dev mode on free loopback ports with the realm of
 * config/keycloak imported, on a Java 21+ (the test's own, else the newest JDK under /usr/lib/jvm, e.g. Temurin 25), waited for on its readiness
 * endpoint and stopped by the process handles it started.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "tongxin";

    private static final List<Path> JAVAS =
            List.of(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), Path.of("/usr/lib/jvm/temurin-21-jdk-amd64"));

    private final Process process;
    private final int port;
    private final Path log;

    private Keycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak with config/keycloak/tongxin-realm.json and waits until it is ready. */
    public static Keycloak start() throws Exception {
        Path target = Path.of("target", "keycloak").toAbsolutePath();
        Path home;
        try (var dirs = Files.list(target)) {
            home = dirs.filter(d -> Files.isExecutable(d.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            home = null;
        }
        Assumptions.assumeTrue(home != null, "Keycloak is not unpacked in target/keycloak (the build's keycloak step)");
        Path java = Runtime.version().feature() >= 21 ? Path.of(System.getProperty("java.home")) : newJava();
        Assumptions.assumeTrue(java != null, "Keycloak needs Java 21 or later: none found");
        // a fresh provider each run: its dev database and the realm import
        OwnServer.deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Path realm = Path.of("..", "config", "keycloak", "tongxin-realm.json").toAbsolutePath();
        if (!Files.exists(realm)) {
            realm = Path.of("config", "keycloak", "tongxin-realm.json").toAbsolutePath();
        }
        Files.copy(realm, home.resolve("data/import/tongxin-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        int management = freePort();
        Path log = Path.of("target", "keycloak.log").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + management,
                "--health-enabled=true",
                "--import-realm",
                "--cache=local");
        pb.environment().put("JAVA_HOME", java.toString());
        pb.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
        pb.environment().remove("KC_DB");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process process = pb.start();
        Keycloak keycloak = new Keycloak(process, port, log);
        try {
            keycloak.awaitReady(management, Duration.ofMinutes(4));
        } catch (Exception | Error e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /** The realm's issuer, as tokens name it and as Tongxin is configured with. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public Path log() {
        return log;
    }

    /** An access token of a client-credentials client of the realm. */
    public String clientCredentialsToken(String clientId, String secret) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                                                                                + ":"
                                                                                + URLEncoder.encode(
                                                                                        secret, StandardCharsets.UTF_8))
                                                                        .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint: " + response.statusCode() + " " + response.body());
        }
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no access token in " + response.body());
        }
        return m.group(1);
    }

    private void awaitReady(int management, Duration timeout) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        HttpRequest realm = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during its start; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && client.send(realm, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // poll the readiness endpoint, a second apart, until the deadline
            process.waitFor(1, TimeUnit.SECONDS);
        }
        throw new TimeoutException("Keycloak was not ready within " + timeout + "; see " + log);
    }

    /** A JDK of 21 or later under /usr/lib/jvm (its release file says which), the newest first; or null. */
    private static Path newJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        Pattern version = Pattern.compile("JAVA_VERSION=\"(\\d+)");
        Path best = null;
        int bestVersion = 20;
        try (var dirs = Files.list(jvms)) {
            for (Path dir : dirs.sorted().toList()) {
                Path release = dir.resolve("release");
                if (!Files.isExecutable(dir.resolve("bin/java")) || !Files.isRegularFile(release)) {
                    continue;
                }
                Matcher m = version.matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) > bestVersion) {
                    bestVersion = Integer.parseInt(m.group(1));
                    best = dir;
                }
            }
        }
        return best;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        Processes.stopTree(process, "Keycloak");
    }
}
