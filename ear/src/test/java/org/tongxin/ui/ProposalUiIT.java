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

/**
 * A proposal from filing to a rated answer, in the browser: member1 writes and submits it, the proposal committee's
 * office (proposals) accepts it and assigns it to 大同市发展和改革委员会, that unit (unit1) finds it in its list and answers,
 * the office approves the answer, and member1 reads it on the tracking page and rates it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalUiIT {

    private static final By STATE = By.id("proposalForm:proposalState");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void fromFilingToARatedAnswer() {
        String title = "关于建设城市口袋公园的提案 " + Api.unique("ui");
        try (Browser member = Browser.open();
                Browser office = Browser.open();
                Browser unit = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go("/proposal/write.xhtml");
            member.type(By.id("writeForm:title"), title);
            member.type(By.id("writeForm:reason"), "老城区居民身边缺少休憩空间");
            member.type(By.id("writeForm:analysis"), "老城区建筑密集，公园绿地分布不均。");
            member.type(By.id("writeForm:suggestions"), "利用边角地建设口袋公园，纳入城市更新计划。");
            member.click(By.id("writeForm:save"));
            member.waitFor(d -> d.getCurrentUrl().contains("/proposal/proposal.xhtml"));
            assertEquals("草稿", member.text(STATE));
            String page = member.driver().getCurrentUrl();
            page = page.substring(page.indexOf("/proposal/"));
            member.click(By.id("stepForm:submit"));
            member.waitForText("提案已提交");
            assertEquals("已提交，待审查", member.text(STATE));

            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/proposals.xhtml?state=SUBMITTED");
            office.waitFor(d -> d.findElements(By.cssSelector("tbody[id='proposalsForm:proposals_data'] > tr")).stream()
                    .anyMatch(r -> r.getText().contains(title)));
            office.go(page);
            office.click(By.id("stepForm:accept"));
            office.waitForText("已立案");
            office.choose("stepForm:leadUnit", "大同市发展和改革委员会");
            office.click(By.id("stepForm:assign"));
            office.waitForText("已交办");
            assertEquals("已交办，办理中", office.text(STATE));
            assertEquals("大同市发展和改革委员会", office.text(By.id("proposalForm:leadUnit")));

            LoginPage.open(unit).as("unit1", Api.DEMO_PASSWORD);
            unit.go("/proposal/proposals.xhtml");
            unit.waitFor(d -> d.findElements(By.cssSelector("tbody[id='proposalsForm:proposals_data'] > tr")).stream()
                    .anyMatch(r -> r.getText().contains(title)));
            unit.go(page);
            unit.choose("stepForm:category", "列入计划");
            unit.type(By.id("stepForm:answerText"), "已将口袋公园建设列入明年城市更新计划。");
            unit.click(By.id("stepForm:answer"));
            unit.waitForText("答复已提交");
            assertEquals("已答复，待审查", unit.text(STATE));

            office.go(page);
            office.click(By.id("stepForm:approveAnswer"));
            office.waitForText("答复已送达提案人");

            member.go(page);
            assertTrue(member.text(By.id("proposalForm:answerText")).contains("口袋公园"));
            assertEquals("列入计划", member.text(By.id("proposalForm:answerCategory")));
            member.click(By.xpath("//label[@for='stepForm:rating:0']"));
            member.type(By.id("stepForm:comment"), "办理认真");
            member.click(By.id("stepForm:rate"));
            member.waitForText("评价已提交");
            assertEquals("已评价，待办结", member.text(STATE));
            assertEquals("满意", member.text(By.id("proposalForm:rating")));

            assertEquals(List.of(), member.cspViolations());
            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), unit.cspViolations());
        }
    }
}
