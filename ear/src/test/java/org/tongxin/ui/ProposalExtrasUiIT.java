package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Issue 18, second slice, in the browser: on a proposal assigned to unit1 (lead) and unit2 (co-handling), unit2 sends
 * its opinion and unit1 reads it (and has no opinion form); the office marks it a key proposal supervised by the chair (张德明); the leader records
 * an instruction; member1 reads the key proposal and the instruction on the tracking page. Then the office converts a
 * submitted proposal to a letter with its reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalExtrasUiIT {

    private static final By STATE = By.id("proposalForm:proposalState");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void opinionKeyProposalInstructionAndALetter() {
        JsonObject accepted = accepted("关于发展社区嵌入式托育的提案 " + Api.unique("ui"));
        String page = "/proposal/proposal.xhtml?id=" + accepted.getJsonNumber("id");
        String today = accepted.getString("reviewedOn");
        try (Browser office = Browser.open();
                Browser unit1 = Browser.open();
                Browser unit2 = Browser.open();
                Browser leader = Browser.open();
                Browser member = Browser.open()) {
            // assigned (the first slice's journey tests the assignment form) to unit1, with unit2 co-handling
            assertEquals(
                    200,
                    Api.as("proposals")
                            .post(
                                    "/api/v1/proposals/" + accepted.getJsonNumber("id") + "/assignment",
                                    Json.createObjectBuilder()
                                            .add("leadUnitId", unitId("unit1"))
                                            .add(
                                                    "coUnitIds",
                                                    Json.createArrayBuilder().add(unitId("unit2")))
                                            .build()
                                            .toString())
                            .status());

            // the co-handling unit's opinion, read by the lead unit
            LoginPage.open(unit2).as("unit2", Api.DEMO_PASSWORD);
            unit2.go(page);
            unit2.type(By.id("extrasForm:opinionText"), "建议将托育设施纳入新建小区配套标准。");
            unit2.click(By.id("extrasForm:giveOpinion"));
            unit2.waitForText("会办意见已发送主办单位");
            LoginPage.open(unit1).as("unit1", Api.DEMO_PASSWORD);
            unit1.go(page);
            assertTrue(unit1.text(By.id("proposalForm:opinions")).contains("配套标准"));
            assertTrue(
                    unit1.driver().findElements(By.id("extrasForm:opinionText")).isEmpty(), "the lead answers");

            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go(page);
            assertEquals("已交办，办理中", office.text(STATE));

            // key proposal: the chair council's day and meeting, the supervising leader. The day is set in the
            // date field's input as ConsultationActivityUiIT sets its times: typing opens the calendar panel, which
            // covers the fields below it and, on a loaded machine, did not always close on a click beside it
            office.type(By.id("extrasForm:keyDecision"), "第十五届主席会议第三次会议");
            office.choose("extrasForm:supervisor", "张德明（主席）");
            ((org.openqa.selenium.JavascriptExecutor) office.driver())
                    .executeScript(
                            "document.getElementById('extrasForm:keyDecidedOn_input').value = arguments[0];", today);
            assertEquals(
                    "第十五届主席会议第三次会议",
                    office.find(By.id("extrasForm:keyDecision")).getAttribute("value"));
            office.click(By.id("extrasForm:markKey"));
            office.waitForText("已确定为重点提案");
            assertTrue(office.text(By.id("proposalForm:keyProposal")).contains("张德明"));

            // the leader's instruction
            LoginPage.open(leader).as("leader", Api.DEMO_PASSWORD);
            leader.go(page);
            leader.type(By.id("extrasForm:instructionText"), "请市发改委会同有关部门研究落实。");
            leader.click(By.id("extrasForm:instruct"));
            leader.waitForText("批示已记录");
            assertTrue(leader.text(By.id("proposalForm:instructions")).contains("研究落实"));

            // the proposer follows it
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go(page);
            assertTrue(member.text(By.id("proposalForm:keyProposal")).contains("第十五届主席会议第三次会议"));
            assertTrue(member.text(By.id("proposalForm:instructions")).contains("研究落实"));

            // a submitted proposal converted to a letter, with its reason
            JsonObject submitted = submitted("关于调解邻里纠纷的提案 " + Api.unique("ui"));
            office.go("/proposal/proposal.xhtml?id=" + submitted.getJsonNumber("id"));
            office.type(By.id("stepForm:reason"), "属于个人诉求，转来信办理");
            office.click(By.id("stepForm:convertLetter"));
            office.waitForText("已转来信");
            assertTrue(office.text(By.id("proposalForm:conversion")).contains("属于个人诉求"));

            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), leader.cspViolations());
            assertEquals(List.of(), member.cspViolations());
            assertEquals(List.of(), unit1.cspViolations());
            assertEquals(List.of(), unit2.cspViolations());
        }
    }

    /** The department a unit's login acts for: the lead unit of a demo assignment it may answer. */
    private static long unitId(String unit) {
        return Api.as(unit)
                .get("/api/v1/proposals?state=ASSIGNED&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> Api.as(unit)
                        .get("/api/v1/proposals/" + p.getJsonNumber("id"))
                        .json())
                .filter(p -> p.getJsonArray("steps").toString().contains("\"ANSWER\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo assignment led by " + unit))
                .getJsonObject("leadUnit")
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject submitted(String title) {
        JsonObject p = Api.as("member1")
                .post(
                        "/api/v1/proposals",
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("reason", "婴幼儿照护服务供给不足")
                                .add("analysis", "社区托育点少，收费偏高")
                                .add("suggestions", "在新建小区配建托育设施")
                                .add("coSigners", Json.createArrayBuilder())
                                .build()
                                .toString())
                .json();
        return Api.as("member1")
                .post("/api/v1/proposals/" + p.getJsonNumber("id") + "/submit", "{}")
                .json();
    }

    private static JsonObject accepted(String title) {
        JsonObject p = submitted(title);
        return Api.as("proposals")
                .post("/api/v1/proposals/" + p.getJsonNumber("id") + "/review", "{\"decision\":\"ACCEPT\"}")
                .json();
    }
}
