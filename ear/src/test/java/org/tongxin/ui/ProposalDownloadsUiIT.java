package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * The proposal pages' files in the browser (issue 18), which the API tests cover on their own
 * (ProposalAnswerDocumentApiIT, ProposalTrackingApiIT): the lead unit uploads the signed answer PDF on the answer form
 * of the proposal page and the office downloads it from the tracking list, byte for byte; the statistics page's Excel
 * button gives the workbook of the figures shown. Downloads go to a directory of the test's own (Chromium's download behaviour set over
 * CDP), and the test waits for the finished file, never for a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalDownloadsUiIT {

    private static final String PROPOSALS = "/api/v1/proposals";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theLeadUnitUploadsTheSignedAnswerOnThePageAndTheOfficeDownloadsIt() throws Exception {
        JsonObject p = assigned("关于完善城区停车设施的提案 " + Api.unique("doc"));
        String page = "/proposal/proposal.xhtml?id=" + p.getJsonNumber("id");
        Path pdf = Files.createTempDirectory("p18doc").resolve("签字答复件.pdf");
        byte[] content =
                ("%PDF-1.4\n% 大同市发展和改革委员会 签字答复 " + Api.unique("x") + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, content);

        try (Browser unit = Browser.open();
                Browser office = Browser.open()) {
            LoginPage.open(unit).as("unit1", Api.DEMO_PASSWORD);
            unit.go(page);
            unit.find(By.id("stepForm:answerArea"));
            unit.driver()
                    .findElement(By.id("stepForm:answerDocumentUpload_input"))
                    .sendKeys(pdf.toString());
            unit.waitFor(d -> d.findElements(By.id("proposalForm:answerDocument")).stream()
                    .anyMatch(a -> a.getText().equals("签字答复件.pdf")));

            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go(page);
            byte[] got = download(office, By.id("proposalForm:answerDocument"), ".pdf");
            assertArrayEquals(content, got, "the office reads the unit's file as uploaded");
            assertEquals(List.of(), unit.cspViolations());
            assertEquals(List.of(), office.cspViolations());
        }
    }

    @Test
    void theStatisticsPageExportsAWorkbook() throws Exception {
        try (Browser office = Browser.open()) {
            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/statistics.xhtml");
            office.waitForText("承办单位排行");
            byte[] xlsx = download(office, By.id("statisticsForm:export"), ".xlsx");
            StringBuilder text = new StringBuilder();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row row : wb.getSheetAt(0)) {
                    for (Cell c : row) {
                        text.append(c.toString()).append('|');
                    }
                }
            }
            assertTrue(text.toString().contains("大同市农业农村局"), text::toString);
            // the page is still there after the download (a non-AJAX request answered with the file)
            assertTrue(office.bodyText().contains("承办单位排行"));
            assertEquals(List.of(), office.cspViolations());
        }
    }

    /**
     * Clicks a button or link answered with a file (a non-AJAX PrimeFaces download) and returns the file, which headless
     * Chromium saves into a fresh directory; waits until the download is complete (no {@code .crdownload} left).
     */
    static byte[] download(Browser browser, By button, String suffix) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "downloads"))
                .resolve(Api.unique("d"))
                .toAbsolutePath();
        Files.createDirectories(dir);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
        browser.click(button);
        Path file = browser.waitFor(d -> {
            try (var files = Files.list(dir)) {
                List<Path> all = files.toList();
                boolean busy = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
                return busy
                        ? null
                        : all.stream()
                                .filter(f -> f.toString().endsWith(suffix))
                                .findFirst()
                                .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Files.readAllBytes(file);
    }

    // ---- data through the API

    private static JsonObject assigned(String title) {
        JsonObject p = ok(
                Api.as("member1")
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", title)
                                        .add("reason", "老城区停车难")
                                        .add("analysis", "停车位缺口大")
                                        .add("suggestions", "建设立体停车场")
                                        .add("coSigners", Json.createArrayBuilder())
                                        .build()
                                        .toString()),
                201);
        String path = PROPOSALS + "/" + p.getJsonNumber("id");
        ok(Api.as("member1").post(path + "/submit", "{}"), 200);
        ok(Api.as("proposals").post(path + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
        return ok(
                Api.as("proposals")
                        .post(
                                path + "/assignment",
                                Json.createObjectBuilder()
                                        .add("leadUnitId", unitId("unit1"))
                                        .build()
                                        .toString()),
                200);
    }

    static long unitId(String unit) {
        return Api.as(unit).get(PROPOSALS + "?state=ASSIGNED&size=200").json().getJsonArray("items").stream()
                .map(v -> ok(Api.as(unit).get(PROPOSALS + "/" + v.asJsonObject().getJsonNumber("id")), 200))
                .filter(p -> p.getJsonArray("steps").toString().contains("\"ANSWER\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    static JsonObject ok(Api.Reply r, int status) {
        assertEquals(status, r.status(), r::toString);
        return r.json();
    }
}
