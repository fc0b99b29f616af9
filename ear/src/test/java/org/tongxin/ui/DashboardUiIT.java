package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.tongxin.support.Api;
import org.tongxin.support.Axe;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 20's leader dashboard in the browser: reached from the leader's home (and the office's) and the menu; every
 * section shows the figures the API gives, each a link to the list behind it; every chart has a name that says its figures and a table
 * of them; the period in the address filters the figures; axe finds no serious or critical violation and nothing
 * scrolls sideways on a phone; screenshots {@code ear/target/screenshots/dashboard-leader-<width>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardUiIT {

    private static final List<String> PANELS =
            List.of("members", "coverage", "concerns", "reports", "activities", "grades", "consultations", "proposals");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final List<String> findings = new ArrayList<>();

    @Test
    void theLeaderReadsTheFiguresChartsAndTablesAndFollowsAFigureToItsList() {
        LocalDate today = Fixtures.today();
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("leader", Api.DEMO_PASSWORD);
            browser.click(By.id("dashboardLink"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/home/dashboard.xhtml"));
            browser.find(By.id("panel-members"));
            assertFalse(
                    browser.driver()
                            .findElements(By.id("menuForm:navDashboard"))
                            .isEmpty(),
                    "in the menu too");

            JsonObject year = dashboard("");
            assertEquals(String.valueOf(figure(year, "members", "active")), browser.text(By.id("fig-members-active")));
            assertEquals(
                    String.valueOf(figure(year, "reports", "received")), browser.text(By.id("fig-reports-received")));
            assertEquals(
                    String.valueOf(figure(year, "proposals", "filed")), browser.text(By.id("fig-proposals-filed")));
            assertEquals(
                    String.valueOf(figure(year, "activities", "attendances")),
                    browser.text(By.id("fig-activities-attendances")));
            for (String panel : PANELS) {
                WebElement section = browser.find(By.id("panel-" + panel));
                WebElement canvas = section.findElement(By.tagName("canvas"));
                String name = canvas.getAttribute("aria-label");
                assertTrue(name != null && name.contains("："), panel + ": the chart is named by its figures: " + name);
                assertFalse(
                        section.findElements(By.cssSelector("details table tbody tr"))
                                .isEmpty(),
                        panel + ": the chart's figures as a table");
                assertFalse(
                        section.findElements(By.cssSelector("h2 a[href]")).isEmpty(), panel + ": the title is a link");
            }
            both(browser, "leader");

            // the period in the address: today only
            browser.go("/home/dashboard.xhtml?from=" + today + "&to=" + today);
            browser.find(By.id("panel-reports"));
            JsonObject day = dashboard("?from=" + today + "&to=" + today);
            assertEquals(
                    String.valueOf(figure(day, "reports", "received")), browser.text(By.id("fig-reports-received")));
            assertEquals(
                    String.valueOf(figure(day, "concerns", "collected")),
                    browser.text(By.id("fig-concerns-collected")));
            assertTrue(browser.text(By.id("scope")).contains(today.toString()), browser.text(By.id("scope")));
            // a figure leads to the list behind it, for the same period
            browser.click(By.id("fig-reports-received"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/inforeport/stats.xhtml?from=" + today + "&to=" + today));
            assertEquals(String.valueOf(figure(day, "reports", "received")), browser.text(By.id("received")));
            browser.click(By.id("menuForm:navDashboard"));
            browser.find(By.id("panel-reports"));

            // back to this year with the button
            browser.click(By.id("periodForm:thisYear"));
            browser.waitFor(d -> d.findElement(By.id("scope"))
                    .getText()
                    .contains(today.withDayOfYear(1).toString()));
            assertEquals(
                    String.valueOf(figure(dashboard(""), "reports", "received")),
                    browser.text(By.id("fig-reports-received")));

            // the concerns collected lead to the diary's list of the same period
            browser.click(By.id("fig-concerns-collected"));
            browser.waitFor(
                    d -> d.getCurrentUrl().contains("/committee/concerns.xhtml?from=" + today.withDayOfYear(1)));
            assertEquals(
                    today.withDayOfYear(1).toString(),
                    browser.find(By.id("listForm:from_input")).getAttribute("value"));
        }
        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    @Test
    void officeStaffOpenItFromTheirHomeAndTheReportFiguresAreNotLinksForThem() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.find(By.id("officeHome"));
            assertFalse(
                    browser.driver()
                            .findElements(By.id("menuForm:navDashboard"))
                            .isEmpty(),
                    "a menu entry");
            browser.click(By.id("officeDashboardLink"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/home/dashboard.xhtml"));
            WebElement members = browser.find(By.id("fig-members-active"));
            assertEquals("a", members.getTagName(), "the roster is the office's: a link");
            WebElement received = browser.find(By.id("fig-reports-received"));
            assertEquals("span", received.getTagName(), "the report statistics are not the office's: a plain figure");
            assertTrue(
                    browser.find(By.id("panel-reports"))
                            .findElements(By.cssSelector("a[href*='/inforeport/']"))
                            .isEmpty(),
                    "no link to the report statistics");
            assertEquals(
                    String.valueOf(figure(dashboard(""), "reports", "received")),
                    received.getText(),
                    "the leader's figure of the same organisation");
        }
    }

    @Test
    void membersAreNotOfferedTheDashboard() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.find(By.id("memberHome"));
            assertTrue(
                    browser.driver()
                            .findElements(By.id("menuForm:navDashboard"))
                            .isEmpty(),
                    "no menu entry");
            browser.go("/home/dashboard.xhtml");
            assertTrue(
                    browser.driver().findElements(By.id("panel-members")).isEmpty(),
                    "the page refuses members: " + browser.bodyText());
        }
    }

    private static JsonObject dashboard(String query) {
        Api.Reply r = Api.as("leader").get("/api/v1/dashboard" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static long figure(JsonObject d, String section, String name) {
        return d.getJsonObject(section).getJsonNumber(name).longValue();
    }

    /** axe, then a screenshot at a desk and on a phone, where nothing may scroll sideways. */
    private void both(Browser browser, String role) {
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        findings.addAll(Axe.violations(browser, role + " dashboard"));
        browser.viewport(1366, 900);
        browser.screenshot("dashboard-" + role + "-1366");
        browser.viewport(390, 844);
        browser.waitFor(
                d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() == 390);
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            findings.add(role + " dashboard scrolls " + overflow + " px sideways at 390 px");
        }
        findings.addAll(Axe.violations(browser, role + " dashboard at 390 px"));
        browser.screenshot("dashboard-" + role + "-390");
        browser.viewport(1366, 900);
    }
}
