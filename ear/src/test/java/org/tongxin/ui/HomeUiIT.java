package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.tongxin.support.Api;
import org.tongxin.support.Axe;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Issue 20's home in the browser: each demo business account sees the sections of its roles and no other, with the
 * counts the API gives and links to the pages behind them; axe finds no serious or critical violation; the home works
 * at a desk (1366×900) and on a phone (390×844, nothing scrolling sideways), with a screenshot of each in
 * {@code ear/target/screenshots/home-<role>-<width>.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeUiIT {

    private static final List<String> SECTIONS =
            List.of("memberHome", "editorHome", "keeperHome", "officeHome", "leaderHome");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final List<String> findings = new ArrayList<>();

    @Test
    void everyRoleSeesWhatToDoNowAtADeskAndOnAPhone() {
        String title = Api.unique("首页界面草稿");
        Api.Reply draft = Api.as("member1").post("/api/v1/reports", """
                        {"title":"%s","body":"首页界面测试：社区食堂价格偏高。","proposals":["建议给予补贴"],"topic":"LIVELIHOOD"}""".formatted(title));
        assertEquals(201, draft.status(), draft::toString);
        long id = draft.json().getJsonNumber("id").longValue();

        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            only(browser, "memberHome");
            JsonObject member = home("member1").getJsonObject("member");
            String reports = browser.text(By.id("tileMyReports"));
            assertTrue(reports.contains(title), "the new draft is listed first: " + reports);
            assertEquals(
                    String.valueOf(member.getJsonObject("openReports").getInt("total")),
                    browser.text(By.id("myReportsCount")));
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(
                                    By.cssSelector("#tileMyReports a[href$='/inforeport/report.xhtml?id=" + id + "']"))
                            .size(),
                    "the draft is a link to itself");
            assertEquals(
                    String.valueOf(member.getJsonObject("bookings").getInt("total")),
                    browser.text(By.id("myBookingsCount")));
            assertEquals(
                    String.valueOf(member.getJsonObject("signups").getInt("total")),
                    browser.text(By.id("mySignupsCount")));
            assertTrue(
                    browser.text(By.id("dutyGrade"))
                            .startsWith(member.getJsonObject("duty").getInt("year") + " 年当前等次"),
                    "the year without a thousands separator: " + browser.text(By.id("tileMyDuty")));
            both(browser, "member");
            logout(browser);

            LoginPage.open(browser).as("editor", Api.DEMO_PASSWORD);
            only(browser, "editorHome");
            assertEquals(
                    String.valueOf(home("editor")
                            .getJsonObject("editor")
                            .getJsonObject("waiting")
                            .getInt("total")),
                    browser.text(By.id("queueCount")));
            both(browser, "editor");
            browser.click(By.id("queueLink"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/inforeport/reports.xhtml?state=SUBMITTED"));
            assertEquals("已报送", browser.text(By.id("listForm:state_label")), "the queue opens filtered");
            logout(browser);

            LoginPage.open(browser).as("keeper", Api.DEMO_PASSWORD);
            only(browser, "keeperHome");
            JsonObject keeper = home("keeper").getJsonObject("keeper");
            assertEquals(
                    String.valueOf(keeper.getJsonObject("pending").getInt("total")),
                    browser.text(By.id("pendingCount")));
            assertEquals(
                    String.valueOf(keeper.getJsonObject("today").getInt("total")), browser.text(By.id("todayCount")));
            both(browser, "keeper");
            logout(browser);

            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            only(browser, "officeHome");
            browser.find(By.id("gettingStarted"));
            assertEquals(
                    String.valueOf(home("office")
                            .getJsonObject("office")
                            .getJsonObject("overdueProposals")
                            .getInt("total")),
                    browser.text(By.id("overdueCount")));
            both(browser, "office");
            logout(browser);

            LoginPage.open(browser).as("leader", Api.DEMO_PASSWORD);
            only(browser, "leaderHome");
            JsonObject leader = home("leader").getJsonObject("leader");
            assertEquals(
                    String.valueOf(leader.getJsonNumber("reportsReceived").longValue()),
                    browser.text(By.id("reportsReceived")));
            both(browser, "leader");
            browser.click(By.id("reportStatsLink"));
            browser.waitFor(d -> d.getCurrentUrl().contains("/inforeport/stats.xhtml"));
        }
        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    private static JsonObject home(String who) {
        Api.Reply r = Api.as(who).get("/api/v1/me/home");
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** The home shows this role's section and none of the others. */
    private static void only(Browser browser, String section) {
        browser.find(By.id(section));
        for (String other : SECTIONS) {
            if (!other.equals(section)) {
                assertTrue(browser.driver().findElements(By.id(other)).isEmpty(), section + " but also " + other);
            }
        }
    }

    /** axe on the home, then a screenshot at a desk and on a phone, where nothing may scroll sideways. */
    private void both(Browser browser, String role) {
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        findings.addAll(Axe.violations(browser, role + " home"));
        browser.viewport(1366, 900);
        browser.screenshot("home-" + role + "-1366");
        browser.phone();
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            findings.add(role + " home scrolls " + overflow + " px sideways at 390 px");
        }
        findings.addAll(Axe.violations(browser, role + " home at 390 px"));
        browser.screenshot("home-" + role + "-390");
        browser.viewport(1366, 900);
    }

    private static void logout(Browser browser) {
        browser.click(By.id("headerForm:logout"));
        browser.find(LoginPage.SUBMIT);
    }
}
