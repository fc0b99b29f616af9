package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * The proposal office adds a plenary session on proposal/sessions.xhtml (issue 18), reached from the proposals menu:
 * name, number prefix and days (the filing window left to its defaults), then sees it in the list with its window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalSessionUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeAddsAPlenarySessionOnItsPage() {
        LocalDate opens = Fixtures.today().plusDays(60);
        String name = "政协第十五届大同市委员会页面测试会议" + Api.unique("u");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String code = (100 + r.nextInt(900)) + "-" + r.nextInt(1000);
        try (Browser office = Browser.open()) {
            LoginPage.open(office).as("proposals", Api.DEMO_PASSWORD);
            office.go("/proposal/proposals.xhtml");
            assertTrue(
                    office.driver().findElements(By.id("navPlenarySessions")).size()
                                    + office.driver()
                                            .findElements(By.cssSelector("a[href*='/proposal/sessions.xhtml']"))
                                            .size()
                            > 0,
                    "in the proposals menu");
            office.go("/proposal/sessions.xhtml");
            office.type(By.id("sessionsForm:name"), name);
            office.type(By.id("sessionsForm:code"), code);
            ((JavascriptExecutor) office.driver())
                    .executeScript(
                            "document.getElementById('sessionsForm:opensOn_input').value = arguments[0];"
                                    + "document.getElementById('sessionsForm:closesOn_input').value = arguments[1];",
                            opens.toString(),
                            opens.plusDays(4).toString());
            office.click(By.id("sessionsForm:save"));
            office.awaitAjax();
            office.waitFor(d -> d.findElements(By.cssSelector("tbody[id='sessionsForm:sessions_data'] > tr")).stream()
                    .anyMatch(row -> row.getText().contains(name)
                            && row.getText().contains(opens.minusDays(30) + " – " + opens.plusDays(4))));
            assertEquals(List.of(), office.cspViolations());
        } finally {
            Api.as("proposals").get("/api/v1/proposals/sessions").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> name.equals(s.getString("name")))
                    .forEach(s -> Api.as("proposals").delete("/api/v1/proposals/sessions/" + s.getJsonNumber("id")));
        }
    }
}
