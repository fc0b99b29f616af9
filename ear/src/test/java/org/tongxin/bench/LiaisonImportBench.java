package org.tongxin.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The liaison import at Changzhi's scale (issue 14): a workbook of 198 towns and streets, 2,606 contact points
 * (13 to 14 a town) and 198 liaison groups, each with a leader and four more members from the organisation's
 * roster, posted to {@code POST /api/v1/liaison/import}: a dry run, the import, and the same file again (every
 * row matched, nothing changes). Prints the time of each request as the client sees it.
 */
public final class LiaisonImportBench {

    static final int TOWNS = 198;
    static final int POINTS = 2606;

    private final String base;
    private final String auth;
    private final String password;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public LiaisonImportBench(String base, String user, String password) {
        this.base = base;
        this.password = password;
        this.auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One timed request. */
    public record Result(String scenario, int status, double millis, String answer) {}

    public static void main(String[] args) throws Exception {
        LiaisonImportBench bench = new LiaisonImportBench(
                CommitteeBench.arg(args, "--base", "http://localhost:8080"),
                CommitteeBench.arg(args, "--user", "office"),
                CommitteeBench.arg(args, "--password", "Tongxin-Demo-2026"));
        print("liaison import", bench.run(CommitteeBench.arg(args, "--organisation", "SX-DT")));
    }

    public List<Result> run(String organisationCode) throws Exception {
        long organisation = organisation(organisationCode);
        List<String> keys = rosterKeys(organisation);
        if (keys.size() < 5) {
            throw new IllegalStateException("the organisation needs at least 5 active members, has " + keys.size());
        }
        String prefix = "B" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        long t0 = System.nanoTime();
        byte[] workbook = workbook(prefix, keys, new Random(20261203));
        double generated = (System.nanoTime() - t0) / 1e6;
        List<Result> results = new ArrayList<>();
        results.add(
                new Result("generate workbook (" + workbook.length / 1024 + " KiB, client side)", 200, generated, ""));
        String path = "/api/v1/liaison/import?organisation=" + organisation + "&dryRun=";
        // the first request of a fresh server loads classes: warm up on a small file first
        post(path + "true", workbook(prefix + "W", keys.subList(0, 5), new Random(1), 2, 10));
        results.add(post("dry run (198 towns, 2,606 points, 198 groups)", path + "true", workbook));
        results.add(post("import (all created)", path + "false", workbook));
        results.add(post("same file again, dry run (all matched)", path + "true", workbook));
        results.add(post("same file again, import (nothing changes)", path + "false", workbook));
        return results;
    }

    static void print(String title, List<Result> results) {
        System.out.println();
        System.out.println(title);
        System.out.printf(Locale.ROOT, "%-48s %6s %10s  %s%n", "scenario", "status", "ms", "answer");
        for (Result r : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-48s %6d %10.0f  %s%n",
                    r.scenario(),
                    r.status(),
                    r.millis(),
                    r.answer().length() > 160 ? r.answer().substring(0, 160) + "…" : r.answer());
        }
    }

    private Result post(String scenario, String path, byte[] body) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = post(path, body);
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(scenario + ": " + r.statusCode() + " " + r.body());
        }
        JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
        String counts = "imported=" + json.getBoolean("imported") + " towns=" + json.getJsonObject("towns") + " points="
                + json.getJsonObject("points") + " groups=" + json.getJsonObject("groups");
        return new Result(scenario, r.statusCode(), ms, counts);
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", auth)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The organisation's id, as the administrator lists it (the demo's admin, same password). */
    private long organisation(String code) throws Exception {
        String admin =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations"))
                        .header("Authorization", admin)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(r.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation " + code + ": " + r.body()))
                .getJsonNumber("id")
                .longValue();
    }

    private List<String> rosterKeys(long organisation) throws Exception {
        List<String> keys = new ArrayList<>();
        for (JsonObject m : Json.createReader(new StringReader(get("/api/v1/members?status=ACTIVE&size=200")))
                .readObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (m.getJsonNumber("organisationId").longValue() == organisation && keys.size() < 60) {
                keys.add(Json.createReader(new StringReader(get("/api/v1/members/" + m.getJsonNumber("id"))))
                        .readObject()
                        .getString("rosterKey"));
            }
        }
        return keys;
    }

    static byte[] workbook(String prefix, List<String> keys, Random random) throws Exception {
        return workbook(prefix, keys, random, TOWNS, POINTS);
    }

    /** Towns named {@code <prefix>镇<n>}, points spread evenly over them, one group a town. */
    static byte[] workbook(String prefix, List<String> keys, Random random, int towns, int points) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet t = wb.createSheet("镇街");
            row(t, 0, "名称", "类型");
            Sheet p = wb.createSheet("联系点");
            row(p, 0, "镇街", "名称", "类型");
            Sheet g = wb.createSheet("联络组");
            row(g, 0, "镇街", "名称", "组长编号", "成员编号");
            int pointRow = 1;
            for (int i = 0; i < towns; i++) {
                String town = prefix + (i % 7 == 0 ? "街道" : "镇") + (i + 1);
                row(t, i + 1, town, i % 7 == 0 ? "街道" : "镇");
                int here = points / towns + (i < points % towns ? 1 : 0);
                for (int j = 0; j < here; j++) {
                    row(p, pointRow++, town, (i % 7 == 0 ? "社区" : "村") + (j + 1), i % 7 == 0 ? "社区" : "村");
                }
                List<String> members = new ArrayList<>();
                while (members.size() < 4) {
                    String k = keys.get(random.nextInt(keys.size()));
                    if (!members.contains(k)) {
                        members.add(k);
                    }
                }
                row(g, i + 1, town, town + "联络组", members.get(0), String.join("、", members.subList(1, 4)));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int n, String... cells) {
        Row r = sheet.createRow(n);
        for (int c = 0; c < cells.length; c++) {
            r.createCell(c).setCellValue(cells[c]);
        }
    }
}
