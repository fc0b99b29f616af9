package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * The duty ledger in the browser: a member sees their points explained; office staff record a
 * meeting by hand (and are told what is missing), and preview a change of the rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutyUiIT {

    private static final By ENTRIES = By.cssSelector("tbody[id='entries_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMemberSeesTheirPointsExplainedBySourceAndRule() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navDuty a, a#menuForm\\:navDuty"));
            browser.find(By.id("recordTotal"));
            String grade = browser.text(By.id("recordGrade"));
            assertTrue(grade.matches("优秀|良好|称职|不称职"), grade);
            String first = browser.text(ENTRIES);
            assertTrue(first.contains("每次") && first.contains("版规则"), first);
            assertTrue(browser.text(By.id("categories")).contains("计入得分"));
        }
    }

    @Test
    void officeStaffRecordAMeetingAndTheMembersRecordShowsIt() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRecordDuty a, a#menuForm\\:navRecordDuty"));
            String description = "界别协商座谈会 " + Api.unique("ui");
            browser.type(By.id("recordForm:description"), description);
            browser.click(By.id("recordForm:record"));
            browser.waitForText("请选择委员");

            browser.type(By.id("recordForm:members_input"), "sgq");
            browser.click(By.cssSelector("[id='recordForm:members_panel'] .ui-autocomplete-item"));
            browser.waitFor(
                    d -> d.findElement(By.id("recordForm:count")).getText().contains("1"));
            browser.find(By.id("recordForm:members_input")).sendKeys(Keys.ESCAPE);
            browser.click(By.id("recordForm:record"));
            browser.waitForText("已登记 1 条履职记录");

            browser.click(By.cssSelector("#menuForm\\:navRoster a, a#menuForm\\:navRoster"));
            browser.type(By.id("rosterForm:text"), "sgq");
            browser.click(By.id("rosterForm:find"));
            browser.waitFor(d -> d.findElements(By.cssSelector("tbody[id='rosterForm:members_data'] > tr"))
                            .size()
                    == 1);
            browser.click(By.linkText("单国庆"));
            browser.click(By.id("dutyLink"));
            browser.waitForText(description);
            String row = browser.waitFor(d -> d.findElements(ENTRIES).stream()
                    .map(e -> e.getText())
                    .filter(t -> t.contains(description))
                    .findFirst()
                    .orElse(null));
            assertTrue(row.contains("参加会议和活动") && row.contains("委员会登记"), row);
        }
    }

    @Test
    void officeStaffSeeWhatAChangeOfTheRulesWouldDoBeforeSaving() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("office", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navRules a, a#menuForm\\:navRules"));
            // MEETING is the third category: 2 points per meeting becomes 3
            By meeting = By.id("rulesForm:rules:2:points_input");
            browser.find(meeting).sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
            browser.click(By.id("rulesForm:preview"));
            String summary = browser.text(By.id("rulesForm:diffSummary"));
            assertTrue(summary.contains("条记录将重新计分"), summary);
            assertTrue(!summary.startsWith("0 "), "the demo year has meetings to rescore: " + summary);
            assertEquals("保存前预览", browser.text(By.cssSelector("[id='rulesForm:diff'] h2")));
        }
    }
}
