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
        browser.waitFor(d -> d.findElement(By.id("reportState")).getText().equals(stateAfter));
    }

    @Test
    void fromAMembersDraftToTheProvincesAdoptionAndTheMembersPoints() {
        String title = Api.unique("关于社区食堂运营的建议");
        String url;
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.click(By.cssSelector("#menuForm\\:navWrite a, a#menuForm\\:navWrite"));
            member.type(By.id("writeForm:title"), title);
            member.type(By.id("writeForm:body"), "社区食堂价格实惠，但运营补贴到期后难以为继。");
            member.type(By.id("writeForm:proposals"), "建议延续运营补贴\n建议引入社会资本");
            member.click(By.id("writeForm:submit"));
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
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
            member.click(By.id("writeForm:submit"));
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
        }
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.go(path);
            act(editor, "START_EDITING", "编辑中");
            act(editor, "ADOPT", "已采用");
            act(editor, "FORWARD", "已报送");
            editor.waitFor(d -> d.findElement(By.id("reportCurrentOrg")).getText().equals("山西省政协"));
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
