package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Axe;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Issue 20's accessibility in the browser: axe-core on the main pages of each role, in Chinese and in English, with
 * no serious or critical violation; and on each page what axe does not demand but the project does: the page's
 * language, a skip link to the main content first in the page, and the landmarks (header, navigation, main,
 * footer). One browser, one login per role; every finding of every page is reported at the end, one line each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final List<String> findings = new ArrayList<>();

    @Test
    void theMainPagesOfEveryRoleHaveNoSeriousOrCriticalViolation() {
        long space = Hall.newSpace(Api.unique("无障碍活动室"), 30, false, 0);
        LocalDate day = Hall.openDay(12);
        long booking = Api.as("member1")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), Api.unique("无障碍读书会"), 5))
                .json()
                .getJsonNumber("id")
                .longValue();
        long proposal = Api.as("leader")
                .get("/api/v1/proposals?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        try (Browser browser = Browser.open()) {
            // the login page, in both languages (the language stays with the session)
            LoginPage.open(browser);
            check(browser, "login", "zh-CN", false);
            browser.click(By.id("langForm:langEn"));
            browser.find(By.id("langForm:langZh"));
            check(browser, "login (en)", "en", false);
            browser.click(By.id("langForm:langZh"));
            browser.find(By.id("langForm:langEn"));

            // a member: home, writing a report, the duty record, the study hall's calendar and booking dialog, a
            // booking, the proposals; then the same home, writing page and duty record in English
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            check(browser, "member home", "zh-CN", true);
            visit(browser, "/inforeport/write.xhtml", "member report writing");
            visit(browser, "/committee/duty.xhtml", "member duty record");
            visit(browser, "/studyhall/calendar.xhtml?space=" + space, "study hall calendar");
            browser.find(By.cssSelector("#calendarForm\\:schedule .fc-timegrid"));
            check(browser, "study hall calendar", "zh-CN", true);
            browser.click(By.id("calendarForm:newBooking"));
            browser.find(By.id("bookForm:title"));
            check(browser, "study hall booking dialog", "zh-CN", true);
            visit(browser, "/studyhall/booking.xhtml?id=" + booking, "study hall booking");
            visit(browser, "/proposal/proposals.xhtml", "member proposals");
            visit(browser, "/proposal/write.xhtml", "member proposal writing");
            browser.click(By.id("headerForm:langEn"));
            browser.find(By.id("headerForm:langZh"));
            check(browser, "member proposal writing (en)", "en", true);
            visitIn(browser, "/", "member home (en)", "en");
            visitIn(browser, "/inforeport/write.xhtml", "member report writing (en)", "en");
            visitIn(browser, "/committee/duty.xhtml", "member duty record (en)", "en");
            logout(browser);

            LoginPage.open(browser).as("editor", Api.DEMO_PASSWORD);
            visit(browser, "/inforeport/reports.xhtml", "editor queue");
            logout(browser);

            LoginPage.open(browser).as("keeper", Api.DEMO_PASSWORD);
            check(browser, "keeper home", "zh-CN", true);
            visit(browser, "/studyhall/approvals.xhtml", "keeper approvals");
            logout(browser);

            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            check(browser, "office home", "zh-CN", true);
            visit(browser, "/committee/roster.xhtml", "office roster");
            visit(browser, "/committee/record-duty.xhtml", "office duty recording");
            logout(browser);

            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            visit(browser, "/platform/accounts.xhtml", "administrator accounts");
            logout(browser);

            LoginPage.open(browser).as("leader", Api.DEMO_PASSWORD);
            check(browser, "leader home", "zh-CN", true);
            visit(browser, "/inforeport/stats.xhtml", "leader report statistics");
            visit(browser, "/committee/ranking.xhtml", "leader duty ranking");
            visit(browser, "/proposal/statistics.xhtml", "leader proposal statistics");
            visit(browser, "/proposal/proposals.xhtml", "leader proposals");
            visit(browser, "/proposal/proposal.xhtml?id=" + proposal, "a proposal");
        }
        assertEquals(
                List.of(),
                findings,
                () -> "accessibility findings (axe-core " + Axe.version() + "):\n  " + String.join("\n  ", findings));
    }

    private void visit(Browser browser, String path, String page) {
        visitIn(browser, path, page, "zh-CN");
    }

    private void visitIn(Browser browser, String path, String page, String lang) {
        browser.go(path);
        check(browser, page, lang, true);
    }

    /** axe-core's serious and critical violations, then the page's language, skip link and landmarks. */
    private void check(Browser browser, String page, String lang, boolean layout) {
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        browser.awaitAjax();
        findings.addAll(Axe.violations(browser, page));
        String actual = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        if (!lang.equals(actual)) {
            findings.add(page + ": <html lang> is " + actual + ", expected " + lang);
        }
        // the first focusable element is the skip link, and it leads to the main landmark
        Object skip = ((JavascriptExecutor) browser.driver())
                .executeScript("var a = document.querySelector('a.tx-skip-link');"
                        + "if (!a) return 'no skip link';"
                        + "var first = document.querySelector('a[href], button, input, select, textarea, [tabindex]');"
                        + "if (first !== a) return 'the skip link is not the first focusable element';"
                        + "var target = document.getElementById(a.getAttribute('href').substring(1));"
                        + "if (!target || target.tagName !== 'MAIN') return 'the skip link does not lead to <main>';"
                        + "return a.textContent.trim() ? '' : 'the skip link has no text';");
        if (!"".equals(skip)) {
            findings.add(page + ": " + skip);
        }
        for (String landmark : layout ? List.of("header", "main", "footer") : List.of("main", "footer")) {
            if (browser.driver().findElements(By.tagName(landmark)).size() != 1) {
                findings.add(page + ": not exactly one <" + landmark + "> landmark");
            }
        }
        // the menu (and the breadcrumb, a second navigation of its own name)
        if (layout
                && browser.driver()
                                .findElements(By.cssSelector("nav.tx-nav[aria-label]"))
                                .size()
                        != 1) {
            findings.add(page + ": no named <nav> landmark for the menu");
        }
    }

    private static void logout(Browser browser) {
        browser.click(By.id("headerForm:logout"));
        browser.find(LoginPage.SUBMIT);
    }
}
