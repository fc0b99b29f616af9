package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
import org.tongxin.support.Fixtures;

/**
 * Issue 20's phones, every page: each business role's demo account (member, information editor, study hall keeper,
 * office staff, the proposals office, a handling unit, a leader) signs in, and every page its menu ({@code nav#nav})
 * links to is opened on a phone (390×844): nothing may scroll sideways (the document no wider than its layout
 * viewport, {@link Browser#sidewaysOverflow}) and axe finds no serious or critical violation (beside
 * {@link Axe#EXCLUDED_FINDINGS}). Each page is opened again at a desk (1366×900), where nothing may scroll sideways
 * either. A plenary session named by one long word is there for the crawl (long unbreakable text). Screenshots: {@code ear/target/screenshots/crawl-<role>-<page>-390.png} and {@code -1366.png}. Every finding
 * of every page is collected, with the elements that stick out of the screen, and the test fails once with the whole
 * list (docs/architecture.md, "Phones").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageUiIT {

    /** The business roles, each by its demo account: the role's name in the screenshots, the login. */
    private static final List<List<String>> ROLES = List.of(
            List.of("member", "member1"),
            List.of("editor", "editor"),
            List.of("keeper", "keeper"),
            List.of("office", "office"),
            List.of("proposals", "proposals"),
            List.of("unit", "unit1"),
            List.of("leader", "leader"));

    /**
     * The elements that stick out of the layout viewport on the right, each the outermost one that does (its parent
     * ends inside the screen) and not inside an element that scrolls or clips sideways itself: where a fix goes.
     */
    private static final String OFFENDERS = "var w = document.documentElement.clientWidth, out = [];"
            + "function clipped(e) { for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
            + "  var x = getComputedStyle(p).overflowX; if (x !== 'visible') return true; } return false; }"
            + "function name(e) { var s = e.tagName.toLowerCase(); if (e.id) s += '#' + e.id;"
            + "  if (typeof e.className === 'string' && e.className.trim())"
            + "    s += '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.'); return s; }"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect(); if (r.width === 0 || r.right <= w + 0.5) return;"
            + "  var p = e.parentElement; if (p && p.getBoundingClientRect().right > w + 0.5) return;"
            + "  if (clipped(e)) return;"
            + "  out.push(name(e) + ' (' + Math.round(r.width) + ' px wide, ' + Math.round(r.right - w) + ' px out)'); });"
            + "return out.slice(0, 6).join('; ');";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final List<String> findings = new ArrayList<>();

    @Test
    void everyPageOfEveryRoleFitsAPhoneWithoutSeriousOrCriticalViolations() {
        long session = longNamedSession();
        int visited = 0;
        try (Browser browser = Browser.open()) {
            for (List<String> role : ROLES) {
                browser.viewport(1366, 900);
                LoginPage.open(browser).as(role.get(1), Api.DEMO_PASSWORD);
                List<String> pages = menu(browser);
                assertFalse(pages.isEmpty(), role.get(0) + " has a menu");
                browser.phone();
                for (String href : pages) {
                    visit(browser, role.get(0), href);
                    visited++;
                }
                browser.viewport(1366, 900);
                browser.go("/");
                browser.click(By.id("headerForm:logout"));
                browser.find(LoginPage.SUBMIT);
            }
        } finally {
            Api.Reply deleted = Api.as("office").delete("/api/v1/proposals/sessions/" + session);
            assertEquals(204, deleted.status(), deleted::toString);
        }
        int pages = visited;
        assertEquals(
                List.of(),
                findings,
                () -> findings.size() + " findings on " + pages + " pages (axe-core " + Axe.version() + "):\n  "
                        + String.join("\n  ", findings));
    }

    /**
     * A plenary session whose name is one long word (as a code or a pasted address is), a year ahead (open for nobody's
     * filing now): the sessions page must break it rather than scroll sideways. Deleted again after the crawl.
     */
    private static long longNamedSession() {
        LocalDate opens = Fixtures.today().plusYears(1);
        String name = Api.unique("界面测试届次-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-");
        for (int attempt = 0; ; attempt++) {
            // a code of its own (<term>-<session>): another test's session may hold one
            String code = (90 + ThreadLocalRandom.current().nextInt(10)) + "-"
                    + (1 + ThreadLocalRandom.current().nextInt(9));
            Api.Reply made = Api.as("office")
                    .post(
                            "/api/v1/proposals/sessions",
                            Json.createObjectBuilder()
                                    .add("name", name)
                                    .add("code", code)
                                    .add("opensOn", opens.toString())
                                    .add("closesOn", opens.plusDays(4).toString())
                                    .build()
                                    .toString());
            if (made.status() == 409 && attempt < 10) {
                continue;
            }
            assertEquals(201, made.status(), made::toString);
            return made.json().getJsonNumber("id").longValue();
        }
    }

    /** The pages the menu links to, in its order, each once (the links' absolute addresses). */
    @SuppressWarnings("unchecked")
    private static List<String> menu(Browser browser) {
        Set<String> links = new LinkedHashSet<>((List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('nav#nav a[href]'))"
                        + ".map(function (a) { return a.href.split('#')[0]; });"));
        return List.copyOf(links);
    }

    /** One page on a phone (overflow, axe, screenshot), then at a desk (overflow, screenshot). */
    private void visit(Browser browser, String role, String href) {
        browser.driver().get(href);
        String page = pageName(href);
        String at = role + " " + page;
        ready(browser);
        if (browser.driver().findElements(By.id("main")).isEmpty()) {
            findings.add(at + ": the page did not open in the layout ("
                    + browser.driver().getCurrentUrl() + ")");
        }
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            findings.add(at + " scrolls " + overflow + " px sideways at 390 px: " + offenders(browser));
        }
        findings.addAll(Axe.violations(browser, at + " at 390 px"));
        browser.screenshot("crawl-" + role + "-" + page + "-390");

        // at a desk, loaded at that width (widgets size themselves when the page loads)
        browser.viewport(1366, 900);
        browser.driver().navigate().refresh();
        ready(browser);
        long desk = browser.sidewaysOverflow();
        if (desk > 0) {
            findings.add(at + " scrolls " + desk + " px sideways at 1366 px: " + offenders(browser));
        }
        browser.screenshot("crawl-" + role + "-" + page + "-1366");
        browser.phone();
    }

    private static void ready(Browser browser) {
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        browser.awaitAjax();
    }

    private static String offenders(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(OFFENDERS));
    }

    /** {@code http://host/consultation/grassroots.xhtml?x=1} is {@code consultation-grassroots}; the root is {@code home}. */
    static String pageName(String href) {
        String path = href.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        path = path.replaceFirst("\\.xhtml$", "").replaceFirst("^/+", "").replaceFirst("/+$", "");
        return path.isEmpty() || path.equals("index") ? "home" : path.replace('/', '-');
    }
}
