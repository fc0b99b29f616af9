package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/** The roster in the browser: find a member by initials; office staff move a member to another committee. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterUiIT {

    private static final By ROWS = By.cssSelector("tbody[id='rosterForm:members_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMemberFindsAColleagueByPinyinInitialsAndSeesNoPhone() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.type(By.id("rosterForm:text"), "sgq");
            browser.click(By.id("rosterForm:find"));
            browser.waitFor(d -> d.findElements(ROWS).size() == 1
                    && d.findElement(ROWS).getText().contains("单国庆"));
            browser.click(By.linkText("单国庆"));
            assertEquals("单国庆", browser.text(By.id("memberName")));
            assertEquals("（不公开）", browser.text(By.id("memberPhone")));
        }
    }

    @Test
    void officeStaffMoveAMemberToAnotherCommitteeAndTheHistoryShowsBoth() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.type(By.id("rosterForm:text"), "ozq");
            browser.click(By.id("rosterForm:find"));
            browser.waitFor(d -> d.findElements(ROWS).size() == 1
                    && d.findElement(ROWS).getText().contains("区志强"));
            browser.click(By.linkText("区志强"));
            String before = browser.text(By.id("memberCommittee"));
            assertTrue(browser.text(By.id("memberPhone")).startsWith("13"), "office staff see the phone");
            String target = "提案委员会".equals(before) ? "经济委员会" : "提案委员会";
            browser.choose("changeForm:committee", target);
            browser.click(By.id("changeForm:save"));
            browser.waitFor(
                    d -> d.findElement(By.id("memberCommittee")).getText().equals(target));
            String history = browser.text(By.id("history"));
            assertTrue(history.contains(before) && history.contains(target), history);
        }
    }

    @Test
    void theFilterMenusOfferTheOwnOrganisationsCommitteesAndTheOneALinkAskedFor() {
        long datong = org.tongxin.support.Fixtures.organisationId("SX-DT");
        List<jakarta.json.JsonObject> all =
                Api.as("office").get("/api/v1/committees").array().getValuesAs(jakarta.json.JsonObject.class);
        long own = all.stream()
                .filter(c -> c.getJsonNumber("organisationId").longValue() == datong)
                .count();
        jakarta.json.JsonObject district = all.stream()
                .filter(c -> c.getJsonNumber("organisationId").longValue() != datong)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the office sees the districts' committees too: " + all));
        By options = By.cssSelector("select[id='rosterForm:committee_input'] option");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.go("/committee/roster.xhtml");
            browser.waitFor(d -> !d.findElements(ROWS).isEmpty());
            assertEquals(
                    own + 1, browser.driver().findElements(options).size(), "“any”, then Datong's own committees only");

            browser.go("/committee/roster.xhtml?committee=" + district.getJsonNumber("id"));
            browser.waitFor(d -> !d.findElements(ROWS).isEmpty());
            assertEquals(
                    own + 2,
                    browser.driver().findElements(options).size(),
                    "and the district's committee the link asked for");
            String name = district.getString("name");
            assertTrue(
                    browser.driver().findElements(ROWS).stream()
                            .allMatch(r -> r.getText().contains(name)),
                    "the roster shows that committee's members");
        }
    }
}
