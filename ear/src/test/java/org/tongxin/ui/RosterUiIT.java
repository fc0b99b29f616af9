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
            browser.waitFor(d -> d.findElements(ROWS).size() == 1 && d.findElement(ROWS).getText().contains("单国庆"));
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
            browser.waitFor(d -> d.findElements(ROWS).size() == 1 && d.findElement(ROWS).getText().contains("区志强"));
            browser.click(By.linkText("区志强"));
            String before = browser.text(By.id("memberCommittee"));
            assertTrue(browser.text(By.id("memberPhone")).startsWith("13"), "office staff see the phone");
            String target = "提案委员会".equals(before) ? "经济委员会" : "提案委员会";
            browser.choose("changeForm:committee", target);
            browser.click(By.id("changeForm:save"));
            browser.waitFor(d -> d.findElement(By.id("memberCommittee")).getText().equals(target));
            String history = browser.text(By.id("history"));
            assertTrue(history.contains(before) && history.contains(target), history);
        }
    }
}
