package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.ui.ProposalDownloadsUiIT.ok;
import static org.tongxin.ui.ProposalDownloadsUiIT.unitId;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 18, third slice, in the browser: the office's and a leader's "key proposals" queue and the leader's "I
 * supervise" queue mark and list a key proposal with its state and due date; the proposer withdraws a submitted
 * proposal and deletes the draft, each after a confirmation; the office undoes a merge on the merged proposal's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalQueuesAndUndoUiIT {

    private static final String PROPOSALS = "/api/v1/proposals";
    private static final By STATE = By.id("proposalForm:proposalState");
    private static final By ROWS = By.cssSelector("tbody[id='proposalsForm:proposals_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theKeyProposalsQueueAndTheLeadersSupervisedQueue() {
        String title = "关于打造黄花产业集群的提案 " + Api.unique("key");
        JsonObject p = submitted("member1", title);
        String path = PROPOSALS + "/" + p.getJsonNumber("id");
        ok(Api.as("proposals").post(path + "/review", "{\"decision\":\"ACCEPT\"}"), 200);
        long leader =
                ok(Api.as("leader").get("/api/v1/me"), 200).getJsonNumber("id").longValue();
        ok(
                Api.as("proposals")
                        .post(
                                path + "/key",
                                Json.createObjectBuilder()
                                        .add("decidedOn", Fixtures.today().toString())
                                        .add("decision", "主席会议")
                                        .add("supervisorAccountId", leader)
                                        .build()
                                        .toString()),
                200);
        ok(
                Api.as("proposals")
                        .post(
                                path + "/assignment",
                                Json.createObjectBuilder()
                                        .add("leadUnitId", unitId("unit1"))
                                        .build()
                                        .toString()),
                200);

        try (Browser office = Browser.open();
                Browser chair = Browser.open()) {
            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/proposals.xhtml");
            office.click(By.id("proposalsForm:keyQueue"));
            office.waitFor(d -> !d.findElements(By.id("proposalsForm:keyShown")).isEmpty());
            WebElement row = office.waitFor(d -> d.findElements(ROWS).stream()
                    .filter(r -> r.getText().contains(title))
                    .findFirst()
                    .orElse(null));
            assertTrue(row.getText().contains("重点"), row.getText());
            assertTrue(
                    office.driver()
                            .findElements(By.id("proposalsForm:supervisedQueue"))
                            .isEmpty(),
                    "a leader's");

            LoginPage.open(chair).as("leader", Api.DEMO_PASSWORD);
            chair.go("/proposal/proposals.xhtml?supervisedByMe=true");
            chair.waitFor(
                    d -> !d.findElements(By.id("proposalsForm:supervisedShown")).isEmpty());
            WebElement mine = chair.waitFor(d -> d.findElements(ROWS).stream()
                    .filter(r -> r.getText().contains(title))
                    .findFirst()
                    .orElse(null));
            assertTrue(mine.getText().contains("已交办，办理中"), mine.getText());
            assertTrue(mine.getText().contains("大同市发展和改革委员会"), mine.getText());
            chair.click(By.id("proposalsForm:allQueue"));
            chair.waitFor(
                    d -> d.findElements(By.id("proposalsForm:supervisedShown")).isEmpty());
            chair.click(By.id("proposalsForm:supervisedQueue"));
            chair.waitFor(
                    d -> !d.findElements(By.id("proposalsForm:supervisedShown")).isEmpty());
            chair.waitFor(
                    d -> d.findElements(ROWS).stream().anyMatch(r -> r.getText().contains(title)));
            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), chair.cspViolations());
        }
    }

    @Test
    void theProposerWithdrawsThenDeletesAndTheOfficeUndoesAMerge() {
        JsonObject p = submitted("member1", "关于规范校外培训的提案 " + Api.unique("wd"));
        String page = "/proposal/proposal.xhtml?id=" + p.getJsonNumber("id");
        JsonObject main = submitted("member2", "关于改善农村饮水的提案 " + Api.unique("main"));
        JsonObject other = submitted("member3", "关于农村饮水安全的提案 " + Api.unique("other"));
        ok(
                Api.as("proposals")
                        .post(
                                PROPOSALS + "/" + main.getJsonNumber("id") + "/merge",
                                "{\"proposalIds\":[" + other.getJsonNumber("id") + "]}"),
                200);

        try (Browser member = Browser.open();
                Browser office = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go(page);
            member.click(By.id("stepForm:withdraw"));
            member.confirm();
            member.waitFor(d -> d.findElement(STATE).getText().equals("草稿"));
            member.click(By.id("stepForm:discard"));
            member.confirm();
            member.waitFor(d -> d.getCurrentUrl().contains("/proposal/proposals.xhtml"));
            member.waitForText("草稿已删除");
            assertEquals(
                    404,
                    Api.as("member1")
                            .get(PROPOSALS + "/" + p.getJsonNumber("id"))
                            .status());

            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/proposal.xhtml?id=" + other.getJsonNumber("id"));
            assertEquals("已并案", office.text(STATE));
            office.click(By.id("stepForm:unmerge"));
            office.confirm();
            office.waitFor(d -> d.findElement(STATE).getText().equals("已提交，待审查"));
            assertTrue(office.driver()
                    .findElements(By.id("proposalForm:mergedInto"))
                    .isEmpty());
            assertEquals(List.of(), member.cspViolations());
            assertEquals(List.of(), office.cspViolations());
        }
        assertEquals(
                0,
                ok(Api.as("proposals").get(PROPOSALS + "/" + main.getJsonNumber("id")), 200)
                        .getJsonObject("extras")
                        .getJsonArray("mergedProposers")
                        .size());
    }

    private static JsonObject submitted(String who, String title) {
        JsonObject p = ok(
                Api.as(who)
                        .post(
                                PROPOSALS,
                                Json.createObjectBuilder()
                                        .add("title", title)
                                        .add("reason", "群众反映强烈")
                                        .add("analysis", "现有措施不足")
                                        .add("suggestions", "完善制度，加强监管")
                                        .add("coSigners", Json.createArrayBuilder())
                                        .build()
                                        .toString()),
                201);
        return ok(Api.as(who).post(PROPOSALS + "/" + p.getJsonNumber("id") + "/submit", "{}"), 200);
    }
}
