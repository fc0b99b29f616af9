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
 * The proposal office's follow-up in the browser (issue 18): the overdue queue on the proposals page shows the demo's
 * overdue assignment, and the statistics page shows the year's figures and the units' league table; a member typing a
 * title sees the organisation's proposals with similar titles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalTrackingUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeOpensTheOverdueQueueAndTheStatistics() {
        try (Browser office = Browser.open()) {
            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/proposals.xhtml");
            office.click(By.id("proposalsForm:overdueQueue"));
            office.waitFor(
                    d -> d.findElements(By.id("proposalsForm:overdueShown")).size() == 1);
            office.waitFor(d -> d.findElements(By.cssSelector("tbody[id='proposalsForm:proposals_data'] > tr")).stream()
                    .anyMatch(r -> r.getText().contains("关于加快老旧小区加装电梯的建议")));
            assertTrue(office.bodyText().contains("已逾期"), "the overdue mark");

            office.go("/proposal/statistics.xhtml");
            office.waitForText("承办单位排行");
            assertTrue(Integer.parseInt(office.text(By.id("statisticsForm:filed"))) > 0);
            office.waitFor(d -> d.findElements(By.cssSelector("tbody[id='statisticsForm:units_data'] > tr")).stream()
                    .anyMatch(r -> r.getText().contains("大同市农业农村局")));
            office.choose("statisticsForm:session", "大会提案");
            office.click(By.id("statisticsForm:show"));
            office.awaitAjax();
            assertTrue(Integer.parseInt(office.text(By.id("statisticsForm:filed"))) >= 0);
            assertEquals(List.of(), office.cspViolations());
        }
    }

    @Test
    void aMemberWritingATitleSeesTheSimilarProposals() {
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go("/proposal/write.xhtml");
            member.type(By.id("writeForm:title"), "老旧小区加装电梯");
            member.waitFor(
                    d -> d.findElement(By.id("writeForm:similar")).getText().contains("关于加快老旧小区加装电梯的建议"));
            assertEquals(List.of(), member.cspViolations());
        }
    }
}
