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
 * From a concern to a solved grassroots topic, in the browser: a member writes a concern in the diary; the office makes
 * it a topic from the diary's page and takes it through the six steps (the meeting with the five parties, a member
 * found in the roster, the result), closes it with what the author is told; the member then reads it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrassrootsUiIT {

    private static final By CONCERNS = By.cssSelector("tbody[id='listForm:concerns_data'] > tr");
    private static final By TOPICS = By.cssSelector("tbody[id='listForm:topics_data'] > tr");
    private static final By STEP = By.id("topicStep");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void fromAConcernToASolvedGrassrootsTopic() {
        String what = "老旧小区地下室管道漏水 " + Api.unique("ui");
        String title = "地下室管道漏水 " + Api.unique("t");
        try (Browser member = Browser.open();
                Browser office = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.click(By.cssSelector("#menuForm\\:navConcerns a, a#menuForm\\:navConcerns"));
            member.type(By.id("recordForm:what"), what);
            member.type(By.id("recordForm:suggestion"), "建议召开五方协商会");
            member.click(By.id("recordForm:record"));
            member.waitForText("已记录，并计入履职档案");

            // the office finds it in the diary and makes it a topic
            LoginPage.open(office).as("office", Api.DEMO_PASSWORD);
            office.click(By.cssSelector("#menuForm\\:navConcerns a, a#menuForm\\:navConcerns"));
            office.waitFor(d ->
                    d.findElements(CONCERNS).stream().anyMatch(r -> r.getText().contains(what)));
            office.click(By.xpath("//tbody[@id='listForm:concerns_data']/tr[contains(., '" + what
                    + "')]//*[contains(@id, 'makeTopic')]/descendant-or-self::a"));
            office.waitFor(d -> d.getCurrentUrl().contains("/consultation/grassroots.xhtml"));
            assertTrue(office.text(By.id("newForm:concern_label")).contains(what), "the concern is chosen");
            office.type(By.id("newForm:title"), title);
            office.click(By.id("newForm:create"));
            office.waitFor(d -> d.getCurrentUrl().contains("/consultation/grassroots-topic.xhtml"));
            assertEquals("收集民意", office.text(STEP));
            assertEquals("张伟明", office.text(By.id("topicAuthor")));
            assertEquals("民情日记", office.text(By.id("topicSource")));

            step(office, "TOPIC", "联络组研究确定为本月协商议题", "确定议题");
            step(office, "RESEARCH", "委员实地查看地下室，走访住户", "议前调研");

            // the meeting: the five parties and the result
            office.type(By.id("stepForm:record"), "五方协商：物业出资更换管道，社区监督施工");
            office.click(By.cssSelector("button.tx-step-DELIBERATE"));
            office.waitForText("请选择参加协商的政协委员");
            office.type(By.id("stepForm:memberQuery"), "张伟明");
            office.click(By.id("stepForm:findMembers"));
            office.click(By.xpath(
                    "//tbody[@id='stepForm:found_data']/tr[contains(., '张伟明')]//button[contains(@id, 'add')]"));
            office.waitFor(
                    d -> d.findElement(By.id("stepForm:present")).getText().contains("张伟明"));
            office.type(By.id("stepForm:partyBranch"), "社区党支部书记 王红");
            office.type(By.id("stepForm:property"), "物业公司经理 李强");
            office.type(By.id("stepForm:police"), "社区民警 赵刚");
            office.type(By.id("stepForm:residents"), "居民代表 陈大爷\n居民代表 孙阿姨");
            office.choose("stepForm:result", "已解决");
            office.click(By.cssSelector("button.tx-step-DELIBERATE"));
            office.waitFor(d -> "协商议事".equals(d.findElement(STEP).getText()));
            assertEquals("张伟明", office.text(By.id("partyMembers")));
            assertEquals("居民代表 陈大爷、居民代表 孙阿姨", office.text(By.id("partyResidents")));
            assertTrue(office.text(By.id("topicResult")).startsWith("已解决"));

            step(office, "PUBLISH", "协商结果在社区公示栏公示七天", "公示公开");
            step(office, "FOLLOW_UP", "物业更换管道，委员跟踪验收", "跟踪落实");
            office.type(By.id("stepForm:record"), "管道已更换，居民验收满意");
            office.type(By.id("stepForm:feedback"), "已电话告知张伟明委员及反映群众：管道已更换");
            office.clickConfirmed(By.cssSelector("button.tx-step-DONE"));
            office.waitFor(d -> "已办结".equals(d.findElement(STEP).getText()));
            assertTrue(office.text(By.id("topicFeedback")).contains("管道已更换"));
            assertEquals(
                    7,
                    office.driver()
                            .findElements(By.cssSelector("tbody[id='steps_data'] > tr"))
                            .size());

            // the author follows it to the end
            member.click(By.cssSelector("#menuForm\\:navGrassroots a, a#menuForm\\:navGrassroots"));
            member.waitFor(d -> d.findElements(TOPICS).stream()
                    .anyMatch(r -> r.getText().contains(title) && r.getText().contains("已办结")));
            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), member.cspViolations());
        }
    }

    private static void step(Browser office, String step, String record, String reached) {
        office.type(By.id("stepForm:record"), record);
        office.click(By.cssSelector("button.tx-step-" + step));
        if ("PUBLISH".equals(step)) {
            office.confirm(); // publishing asks first
        }
        office.waitFor(d -> reached.equals(d.findElement(STEP).getText()));
    }
}
