package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Every page of every duty under the Content-Security-Policy in a real Chromium: PrimeFaces and Faces
 * start (their scripts carry the page's nonce) and the browser blocks nothing. Every browser test
 * checks the same when it closes its browser; this one walks all the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyUiIT {

    private static final Map<String, List<String>> PAGES = Map.of(
            "admin",
                    List.of(
                            "/index.xhtml",
                            "/platform/organisations.xhtml",
                            "/platform/accounts.xhtml",
                            "/profile.xhtml",
                            "/platform/organisation.xhtml?id=1",
                            "/inforeport/routes.xhtml"),
            "security", List.of("/platform/policy.xhtml", "/platform/accounts.xhtml"),
            "auditor", List.of("/platform/audit.xhtml"),
            "office",
                    List.of(
                            "/committee/roster.xhtml",
                            "/committee/committees.xhtml",
                            "/committee/concerns.xhtml",
                            "/committee/liaison.xhtml",
                            "/committee/pairings.xhtml",
                            "/committee/ranking.xhtml",
                            "/committee/rules.xhtml",
                            "/committee/record-duty.xhtml",
                            "/committee/import.xhtml",
                            "/committee/duty-categories.xhtml",
                            "/committee/terms.xhtml",
                            "/committee/liaison-import.xhtml",
                            "/consultation/plans.xhtml",
                            "/consultation/tasks.xhtml"),
            "keeper",
                    List.of(
                            "/studyhall/calendar.xhtml",
                            "/studyhall/activities.xhtml",
                            "/studyhall/approvals.xhtml",
                            "/studyhall/spaces.xhtml",
                            "/studyhall/groups.xhtml",
                            "/studyhall/reading-ranking.xhtml"),
            "editor",
                    List.of(
                            "/inforeport/reports.xhtml",
                            "/inforeport/write.xhtml",
                            "/inforeport/stats.xhtml",
                            "/inforeport/bulletins.xhtml",
                            "/inforeport/topics.xhtml"),
            "member1",
                    List.of(
                            "/committee/duty.xhtml",
                            "/studyhall/checkin.xhtml",
                            "/inforeport/reports.xhtml",
                            "/consultation/tasks.xhtml"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageRunsUnderThePolicyWithNothingBlocked() {
        PAGES.forEach((user, pages) -> {
            try (Browser browser = Browser.open()) {
                LoginPage.open(browser).as(user, Api.DEMO_PASSWORD);
                for (String page : pages) {
                    browser.go(page);
                    browser.waitFor(d ->
                            "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                    Object started = ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE);");
                    assertEquals(
                            Boolean.TRUE, started, user + " " + page + ": PrimeFaces started with the page's nonce");
                    assertEquals(List.of(), browser.cspViolations(), user + " " + page);
                }
            }
        });
    }

    @Test
    void anAjaxDialogOpensUnderThePolicy() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("admin", Api.DEMO_PASSWORD);
            browser.go("/platform/accounts.xhtml");
            // a handler of a PrimeFaces component (onclick="PF('newDialog').show()"), turned into a nonce'd script
            browser.click(By.cssSelector("button[id$=':new']"));
            browser.waitFor(
                    d -> d.findElements(By.cssSelector(".ui-dialog")).stream().anyMatch(e -> e.isDisplayed()));
            assertEquals(List.of(), browser.cspViolations());
        }
    }

    @Test
    void theCheckSeesWhatThePolicyBlocks() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser);
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                                    + "document.body.appendChild(s);");
            browser.waitFor(d -> !browser.cspViolations().isEmpty());
            assertFalse(
                    Boolean.TRUE.equals(
                            ((JavascriptExecutor) browser.driver()).executeScript("return window.injected === true;")),
                    "an inline script without the nonce does not run");
            assertTrue(
                    browser.cspViolations().get(0).contains("script-src"),
                    browser.cspViolations().toString());
            browser.forgetCspViolations(); // seen on purpose: not a failure of this test
        }
    }
}
