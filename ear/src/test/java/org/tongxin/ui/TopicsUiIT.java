package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Report topics in the browser: an information editor adds a topic of the organisation's own, retires and reinstates
 * it; members are offered it on the write page only while it is in use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopicsUiIT {

    private static final By ROWS = By.cssSelector("tbody[id='topicsForm:topics_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anInformationEditorAddsRetiresAndReinstatesATopicOfTheirOwn() {
        String name = Api.unique("城市更新");
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.click(By.cssSelector("#menuForm\\:navTopics a, a#menuForm\\:navTopics"));
            assertTrue(editor.text(ROWS).contains("全平台"), "the global topics are listed first");

            editor.type(By.id("topicForm:nameZh"), "经济发展");
            editor.type(By.id("topicForm:nameEn"), name);
            editor.click(By.id("topicForm:save"));
            editor.waitForText("已有名为“经济发展”的主题");

            editor.type(By.id("topicForm:nameZh"), name);
            editor.type(By.id("topicForm:nameEn"), name + " renewal");
            editor.click(By.id("topicForm:save"));
            editor.waitForText("主题已新增");
            editor.waitFor(d -> d.findElements(ROWS).stream()
                    .anyMatch(r -> r.getText().contains(name) && r.getText().contains("使用中")));
            try (Browser member = Browser.open()) {
                LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
                member.go("/inforeport/write.xhtml");
                assertTrue(options(member).contains(name), "offered to the organisation's members");

                editor.click(By.xpath("//tbody[@id='topicsForm:topics_data']/tr[contains(., '" + name
                        + "')]//button[contains(@id, 'retire')]"));
                editor.confirm(); // retiring asks first
                editor.waitFor(d -> d.findElements(ROWS).stream()
                        .anyMatch(r -> r.getText().contains(name) && r.getText().contains("本单位未使用")));
                member.go("/inforeport/write.xhtml");
                assertFalse(options(member).contains(name), "a retired topic is not offered");

                editor.click(By.xpath("//tbody[@id='topicsForm:topics_data']/tr[contains(., '" + name
                        + "')]//button[contains(@id, 'reinstate')]"));
                editor.waitFor(d -> d.findElements(ROWS).stream()
                        .anyMatch(r -> r.getText().contains(name) && r.getText().contains("使用中")));
                member.go("/inforeport/write.xhtml");
                assertTrue(options(member).contains(name));

                member.go("/inforeport/topics.xhtml");
                assertFalse(member.driver().getPageSource().contains("topicsForm"), "the page is for info editors");
            }
        }
    }

    private static List<String> options(Browser browser) {
        return browser.find(By.id("writeForm:topic_input")).findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("textContent"))
                .toList();
    }
}
