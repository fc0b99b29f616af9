package org.tongxin.ui;

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

/**
 * A report's whole journey in the browser: a member writes and submits it, the city's editor returns it,
 * the member revises it, the editor adopts and forwards it, the province's editor adopts it and records
 * a leader's instruction, and the member finds the points in their duty record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static void act(Browser browser, String action, String stateAfter) {
        browser.click(By.cssSelector("button.tx-act-" + action));
        if (!"START_EDITING".equals(action)) {
            browser.confirm(); // an irreversible step asks first
        }
        browser.waitFor(d -> d.findElement(By.id("reportState")).getText().equals(stateAfter));
    }

    @Test
    void aWriterIsShownSimilarAdoptedReportsAndAnEditorSearchesInChinese() {
        String word = Api.unique("");
        String title = "关于农村寄宿制学校营养餐补助标准偏低的建议" + word;
        String report = jakarta.json.Json.createObjectBuilder()
                .add("title", title)
                .add("body", "寄宿制学校营养餐补助标准多年未调整。")
                .add("proposals", jakarta.json.Json.createArrayBuilder().add("建议提高补助标准"))
                .add("topic", "EDUCATION")
                .add("coAuthors", jakarta.json.Json.createArrayBuilder())
                .build()
                .toString();
        long id = Api.as("member1")
                .post("/api/v1/reports", report)
                .json()
                .getJsonNumber("id")
                .longValue();
        for (String[] move : new String[][] {{"member1", "submit"}, {"editor", "start-editing"}, {"editor", "adopt"}}) {
            Api.as(move[0]).post("/api/v1/reports/" + id + "/" + move[1], "");
        }
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member2", Api.DEMO_PASSWORD);
            member.go("/inforeport/write.xhtml");
            member.type(By.id("writeForm:title"), "农村寄宿制学校营养餐补助" + word);
            member.waitFor(
                    d -> d.findElement(By.id("writeForm:similar")).getText().contains(title));
            assertTrue(member.text(By.id("writeForm:similar")).contains("已有的相似信息"));
        }
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.go("/inforeport/reports.xhtml");
            editor.type(By.id("listForm:q"), "营养餐 " + word);
            editor.click(By.id("listForm:filter"));
            editor.waitFor(d -> d.findElements(By.cssSelector("#listForm\\:reports_data tr"))
                                    .size()
                            == 1
                    && d.findElement(By.id("listForm:reports_data")).getText().contains(title));
        }
    }

    @Test
    void fromAMembersDraftToTheProvincesAdoptionAndTheMembersPoints() {
        String title = Api.unique("关于社区食堂运营的建议");
        String point = Api.as("member1")
                .get("/api/v1/reports/source-points")
                .array()
                .getJsonObject(0)
                .getString("label");
        String url;
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.click(By.cssSelector("#menuForm\\:navWrite a, a#menuForm\\:navWrite"));
            member.type(By.id("writeForm:title"), title);
            member.type(By.id("writeForm:body"), "社区食堂价格实惠，但运营补贴到期后难以为继。");
            member.type(By.id("writeForm:proposals"), "建议延续运营补贴\n建议引入社会资本");
            member.choose("writeForm:sourcePoint", point);
            member.choose("writeForm:topic", "经济发展");
            member.clickConfirmed(By.id("writeForm:submit"));
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
            assertTrue(
                    member.text(By.id("source")).contains(point), "the contact point the report comes from is shown");
            url = member.driver().getCurrentUrl();
        }
        String path = url.substring(url.indexOf("/inforeport/"));
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.go(path);
            act(editor, "START_EDITING", "编辑中");
            editor.type(By.id("reportForm:note"), "请补充受益老人数量");
            act(editor, "RETURN", "退回修改");
        }
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go(path);
            member.click(By.cssSelector("a#reportForm\\:revise, button#reportForm\\:revise, #reportForm\\:revise"));
            member.find(By.id("writeForm:body"));
            member.type(By.id("writeForm:body"), "社区食堂每日服务老人约 300 人次，运营补贴到期后难以为继。");
            member.clickConfirmed(By.id("writeForm:submit"));
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
        }
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.go(path);
            act(editor, "START_EDITING", "编辑中");
            act(editor, "ADOPT", "已采用");
            act(editor, "FORWARD", "已报送");
            editor.waitFor(
                    d -> d.findElement(By.id("reportCurrentOrg")).getText().equals("山西省政协"));
        }
        try (Browser province = Browser.open()) {
            LoginPage.open(province).as("editor-sx", Api.DEMO_PASSWORD);
            province.go(path);
            act(province, "START_EDITING", "编辑中");
            act(province, "ADOPT", "已采用");
            province.type(By.id("reportForm:leaderName"), "省政协主席");
            province.type(By.id("reportForm:instructionText"), "请省民政厅研究");
            province.click(By.id("reportForm:instruct"));
            province.waitFor(d -> d.findElement(By.id("instructions")).getText().contains("请省民政厅研究"));
        }
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go(path);
            member.waitFor(d -> d.findElement(By.id("adoptions")).getText().contains("山西省政协"));
            assertTrue(member.bodyText().contains("请补充受益老人数量"), "the path shows the editor's note");
            member.click(By.cssSelector("#menuForm\\:navDuty a, a#menuForm\\:navDuty"));
            member.waitForText(title);
            assertTrue(member.bodyText().contains(title));
        }
    }
}
