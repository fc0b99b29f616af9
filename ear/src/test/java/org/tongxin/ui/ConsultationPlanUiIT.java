package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The annual consultation plan in the browser: the demo city's office starts a plan and drafts its items, the leader
 * records the party group's review, the office submits it, the leader records the party committee's approval, the office
 * publishes it, sees its task lists and amends it with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationPlanUiIT {

    private static final By ITEMS = By.cssSelector("tbody[id='planForm:items_data'] > tr");
    private static final By TASKS = By.cssSelector("tbody[id='historyForm:tasks_data'] > tr");
    private static final By AMENDMENTS = By.cssSelector("tbody[id='historyForm:amendments_data'] > tr");
    private static final By SHAPE = By.cssSelector("tbody[id='planForm:shape_data'] > tr");
    private static final By STATE = By.id("planState");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeDraftsThePlanTheLeaderApprovesItAndTheOfficePublishesAndAmendsIt() {
        try (Browser office = Browser.open();
                Browser leader = Browser.open()) {
            LoginPage.open(office).as("office", Api.DEMO_PASSWORD);
            office.click(By.cssSelector("#menuForm\\:navPlans a, a#menuForm\\:navPlans"));
            office.find(By.id("plansForm:plans"));
            startPlanOfAFreeYear(office);
            office.waitFor(d -> d.getCurrentUrl().contains("/consultation/plan.xhtml"));
            assertEquals("草稿", office.text(STATE));
            String url = office.driver().getCurrentUrl();
            long planId = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));

            // the first item through the form: form, topic, month, lead leader, lead committee, departments
            office.choose("itemForm:form", "全体会议协商");
            office.type(By.id("itemForm:topic"), "推动资源型经济转型");
            office.choose("itemForm:month", "3月");
            office.type(By.id("itemForm:leadLeader"), "张德明（主席）");
            office.choose("itemForm:committee", "经济委员会");
            office.type(By.id("itemForm:departments"), "市发展改革委\n市工信局");
            office.click(By.id("itemForm:save"));
            office.waitForText("计划项目已保存");
            office.waitFor(d -> d.findElements(ITEMS).stream()
                    .anyMatch(r ->
                            r.getText().contains("推动资源型经济转型") && r.getText().contains("经济委员会")));
            assertTrue(
                    office.driver().findElements(SHAPE).stream()
                            .anyMatch(r -> r.getText().matches("常委会议协商\\s+3\\s+0\\s+3")),
                    "the shape check shows what is missing");

            // the rest of the city's "136+N" as the API would add them
            addTheRest(planId);
            office.go("/consultation/plan.xhtml?id=" + planId);
            office.waitFor(d -> d.findElements(ITEMS).size() == 12);
            assertTrue(office.driver().findElements(SHAPE).stream()
                    .allMatch(r -> r.getText().endsWith("符合")));

            LoginPage.open(leader).as("leader", Api.DEMO_PASSWORD);
            leader.go("/consultation/plan.xhtml?id=" + planId);
            leader.click(By.cssSelector("button.tx-step-REVIEW"));
            leader.waitForText("已记录党组审议");
            assertEquals("党组已审议", leader.text(STATE));

            office.go("/consultation/plan.xhtml?id=" + planId);
            office.clickConfirmed(By.cssSelector("button.tx-step-SUBMIT"));
            office.waitForText("计划已报送市委常委会");

            leader.go("/consultation/plan.xhtml?id=" + planId);
            leader.clickConfirmed(By.cssSelector("button.tx-step-APPROVE"));
            leader.waitForText("请填写批准机关");
            leader.type(By.id("planForm:body"), "中共大同市委常委会");
            leader.clickConfirmed(By.cssSelector("button.tx-step-APPROVE"));
            leader.waitForText("已记录批准，责任清单已生成");
            assertTrue(leader.text(By.id("approved")).contains("中共大同市委常委会"));

            office.go("/consultation/plan.xhtml?id=" + planId);
            office.clickConfirmed(By.cssSelector("button.tx-step-PUBLISH"));
            office.waitForText("计划已公布");
            assertEquals("已公布", office.text(STATE));
            office.waitFor(d -> d.findElements(TASKS).size() == 36);
            assertTrue(office.driver().findElements(TASKS).stream()
                    .anyMatch(r -> r.getText().contains("议前调研") && r.getText().contains("推动资源型经济转型")));

            // an approved plan changes by an amendment with its reason
            office.click(By.xpath(
                    "//tbody[@id='planForm:items_data']/tr[contains(., '推动资源型经济转型')]//button[contains(@id, 'edit')]"));
            office.waitFor(d ->
                    "推动资源型经济转型".equals(d.findElement(By.id("itemForm:topic")).getAttribute("value")));
            office.choose("itemForm:month", "5月");
            office.click(By.id("itemForm:save"));
            office.waitForText("请写明修正理由");
            office.type(By.id("itemForm:reason"), "全会推迟到五月");
            office.click(By.id("itemForm:save"));
            office.waitForText("修正已记录");
            office.waitFor(d -> d.findElements(AMENDMENTS).stream()
                    .anyMatch(
                            r -> r.getText().contains("全会推迟到五月") && r.getText().contains("3月 → 5月")));
            assertEquals("已公布", office.text(STATE), "an amendment does not move the plan");
            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), leader.cspViolations());
        }
    }

    /** Shows a year without a plan of the city, and starts its plan there. */
    private static void startPlanOfAFreeYear(Browser office) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String year = String.valueOf(ThreadLocalRandom.current().nextInt(2030, 2100));
            office.type(By.id("plansForm:year"), year);
            office.click(By.id("plansForm:show"));
            office.awaitAjax();
            if (!office.driver().findElements(By.id("plansForm:create")).isEmpty()) {
                office.click(By.id("plansForm:create"));
                return;
            }
        }
        throw new AssertionError("no free year");
    }

    private static void addTheRest(long planId) {
        String[][] rest = {
            {"STANDING", "优化营商环境", "4"}, {"STANDING", "乡村振兴", "7"}, {"STANDING", "基层医疗", "10"},
            {"MONTHLY", "提案办理", "2"}, {"MONTHLY", "义务教育", "5"}, {"MONTHLY", "老旧小区", "6"},
            {"MONTHLY", "古城保护", "8"}, {"MONTHLY", "普法宣传", "9"}, {"MONTHLY", "联系群众", "11"},
            {"SPECIAL", "黄花产业", "6"}, {"GRASSROOTS", "有事来商量", "9"}
        };
        for (String[] r : rest) {
            int version = Api.as("office")
                    .get("/api/v1/consultation/plans/" + planId)
                    .json()
                    .getInt("version");
            JsonObject item = Json.createObjectBuilder()
                    .add("form", r[0])
                    .add("topic", r[1])
                    .add("month", Integer.parseInt(r[2]))
                    .add("leadLeader", "李文华（副主席）")
                    .add("version", version)
                    .build();
            Api.Reply added = Api.as("office").post("/api/v1/consultation/plans/" + planId + "/items", item.toString());
            assertEquals(201, added.status(), added::toString);
        }
    }
}
