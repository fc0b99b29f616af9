package org.tongxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of the server per load scenario (issue 22: "for each miss the profile that shows
 * where the time goes"). {@link #start} asks the server's JVM for a recording with the profile settings
 * ({@code jcmd <pid> JFR.start}), {@link #stop} writes it to {@code <dir>/<scenario>.jfr}, and {@link #summary} reads
 * a recording back and says where its samples were:
 *
 * <ul>
 *   <li><b>layers</b>: each CPU sample charged to the library of its innermost frame that is not the JDK's own (a
 *       {@code HashMap} lookup made by Faces is Faces' time), as a share of the samples;
 *   <li><b>waiting on PostgreSQL</b>: the native samples (threads in a socket read) whose stack is in the JDBC driver,
 *       beside the CPU samples, which is how a scenario that waits for the database shows;
 *   <li><b>the application's methods</b>: the share of CPU samples with each {@code org.tongxin} method anywhere on
 *       the stack (inclusive), the heaviest first.
 * </ul>
 *
 * Recording with the profile settings slowed the load run of 4 December by a quarter to two thirds: its shares are
 * what it is for, not its timings.
 */
final class Profile {

    private final long serverPid;
    private final Path dir;
    private final Map<String, Path> recordings = new LinkedHashMap<>();
    private String current;

    private Profile(long serverPid, Path dir) {
        this.serverPid = serverPid;
        this.dir = dir;
    }

    /** A profiler of this server into {@code dir}; null when no directory is given (no recording). */
    static Profile of(long serverPid, String dir) throws IOException {
        if (dir == null || dir.isBlank() || serverPid <= 0) {
            return null;
        }
        Path path = Path.of(dir);
        Files.createDirectories(path);
        return new Profile(serverPid, path);
    }

    /** Starts recording one scenario. */
    void start(String scenario) throws IOException, InterruptedException {
        current = scenario;
        jcmd("JFR.start", "name=scenario", "settings=profile");
    }

    /** Stops the recording of the scenario started last and writes it to its file. */
    void stop() throws IOException, InterruptedException {
        Path file = dir.resolve(slug(current) + ".jfr");
        jcmd("JFR.stop", "name=scenario", "filename=" + file.toAbsolutePath());
        recordings.put(current, file);
    }

    /** Every recording of this run, by scenario. */
    Map<String, Path> recordings() {
        return recordings;
    }

    /** Prints each recording's summary. */
    void print() throws IOException {
        for (Map.Entry<String, Path> e : recordings.entrySet()) {
            if (Files.exists(e.getValue())) {
                System.out.print(summary(e.getKey(), e.getValue(), 8));
            }
        }
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        jcmd(serverPid, ProcessBuilder.Redirect.DISCARD, command);
    }

    /** Runs {@code jcmd <pid> <command…>} against a JVM and waits for it; its output goes to {@code output}. */
    static void jcmd(long pid, ProcessBuilder.Redirect output, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(output)
                .start()
                .waitFor();
    }

    static String slug(String scenario) {
        return scenario.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Where the samples of one recording were; {@code top} application methods at most. */
    static String summary(String scenario, Path file, int top) throws IOException {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        int cpu = 0;
        int nativeSamples = 0;
        int database = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            boolean isCpu = type.equals("jdk.ExecutionSample");
            if (!isCpu && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            List<RecordedFrame> frames =
                    e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
            if (!isCpu) {
                nativeSamples++;
                if (frames.stream().anyMatch(f -> typeName(f).startsWith("org.postgresql."))) {
                    database++;
                }
                continue;
            }
            cpu++;
            layers.merge(layer(frames), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String owner = typeName(f);
                if (owner.startsWith("org.tongxin.")) {
                    RecordedMethod m = f.getMethod();
                    String name = owner.substring(owner.lastIndexOf('.') + 1) + "." + m.getName();
                    if (seen.add(name)) {
                        methods.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "  profile: %s (%s): %,d CPU samples; threads in native code %,d samples, %,d of them waiting on"
                        + " PostgreSQL%n",
                scenario,
                file.getFileName(),
                cpu,
                nativeSamples,
                database));
        if (cpu == 0) {
            return out.toString();
        }
        out.append("    layers: ").append(shares(layers, cpu, 9)).append('\n');
        out.append("    application (inclusive): ")
                .append(shares(methods, cpu, top))
                .append('\n');
        return out.toString();
    }

    private static String shares(Map<String, Integer> counts, int total, int top) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(top, sorted.size()))) {
            parts.add(String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total));
        }
        return String.join(", ", parts);
    }

    private static String typeName(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m == null || m.getType() == null ? "" : m.getType().getName();
    }

    /** The library of the innermost frame outside the JDK; "JDK" when the whole stack is the JDK's. */
    static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String owner = typeName(f);
            String layer = layerOf(owner);
            if (layer != null) {
                return layer;
            }
        }
        return "JDK";
    }

    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.tongxin.", "Tongxin");
        LAYERS.put("org.postgresql.", "JDBC driver");
        LAYERS.put("org.hibernate.", "Hibernate");
        LAYERS.put("org.apache.lucene.", "Lucene");
        LAYERS.put("com.sun.faces.", "Faces");
        LAYERS.put("jakarta.faces.", "Faces");
        LAYERS.put("org.primefaces.", "PrimeFaces");
        LAYERS.put("org.glassfish.expressly.", "EL");
        LAYERS.put("jakarta.el.", "EL");
        LAYERS.put("org.jboss.weld.", "Weld (CDI)");
        LAYERS.put("io.undertow.", "Undertow");
        LAYERS.put("org.xnio.", "Undertow");
        LAYERS.put("org.jboss.resteasy.", "RESTEasy");
        LAYERS.put("org.eclipse.yasson.", "JSON");
        LAYERS.put("org.eclipse.parsson.", "JSON");
        LAYERS.put("org.wildfly.security.", "Elytron");
        LAYERS.put("org.jboss.as.ejb3.", "EJB");
        LAYERS.put("org.jboss.invocation.", "EJB");
        LAYERS.put("org.jboss.as.txn.", "Transactions");
        LAYERS.put("com.arjuna.", "Transactions");
        LAYERS.put("org.jboss.jca.", "Connection pool");
        LAYERS.put("org.infinispan.", "Infinispan");
        LAYERS.put("org.jboss.logmanager.", "Logging");
    }

    private static String layerOf(String owner) {
        if (owner.isEmpty()
                || owner.startsWith("java.")
                || owner.startsWith("jdk.")
                || owner.startsWith("sun.")
                || owner.startsWith("com.sun.crypto.")
                || owner.startsWith("javax.crypto.")) {
            return null;
        }
        for (Map.Entry<String, String> e : LAYERS.entrySet()) {
            if (owner.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        int first = owner.indexOf('.');
        int second = first < 0 ? -1 : owner.indexOf('.', first + 1);
        return "other (" + (second < 0 ? owner : owner.substring(0, second)) + ")";
    }
}
