package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Axe;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;

/**
 * Issue 20's phones: a member's journeys on a phone (390×844), one browser from the login on: the navigation folds
 * behind the header's menu button; write and submit a report; the list of reports as cards (one per row, each cell
 * with its column's title); book a space in a dialog that fits the screen; sign up for a consultation activity and check
 * in with its code; read the duty record. On every page nothing scrolls sideways and axe finds no serious or critical
 * violation; a screenshot of each is in {@code ear/target/screenshots/phone-<page>-390.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneJourneyUiIT {

    private static final By MENU = By.id("menuToggle");
    private static final By NAV = By.id("nav");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final List<String> findings = new ArrayList<>();

    @Test
    void aMemberWritesBooksSignsUpChecksInAndReadsTheDutyRecordOnAPhone() {
        String title = Api.unique("手机上写的社情民意");
        long space = Hall.newSpace(Api.unique("手机预约活动室"), 30, false, 0);
        LocalDate day = Hall.openDay(10);
        JsonObject activity = openActivity();

        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.phone();
            page(browser, "home");

            // the navigation is folded away until the menu button opens it, and the button says which
            assertFalse(browser.driver().findElement(NAV).isDisplayed(), "the navigation is folded on a phone");
            assertEquals("false", browser.find(MENU).getAttribute("aria-expanded"));
            browser.click(MENU);
            browser.waitFor(d -> d.findElement(NAV).isDisplayed());
            assertEquals("true", browser.find(MENU).getAttribute("aria-expanded"));
            page(browser, "menu");
            browser.click(By.cssSelector("#menuForm\\:navWrite a, a#menuForm\\:navWrite"));

            browser.type(By.id("writeForm:title"), title);
            browser.type(By.id("writeForm:body"), "手机填报测试：村口道路夜间无照明，村民出行不便。");
            browser.type(By.id("writeForm:proposals"), "建议加装太阳能路灯");
            browser.choose("writeForm:topic", "经济发展");
            // the menu's option list, built by PrimeFaces when it first opens, is named by the menu's label
            browser.driver()
                    .findElements(By.id("writeForm:topic_items"))
                    .forEach(list ->
                            assertEquals("类别", list.getAttribute("aria-label"), "the topic menu's list is named"));
            page(browser, "write");
            browser.clickConfirmed(By.id("writeForm:submit"));
            browser.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
            page(browser, "report");

            // a table becomes one card per row: every cell is a block that carries its column's title
            browser.go("/inforeport/reports.xhtml");
            browser.waitForText(title);
            WebElement cell = browser.find(By.cssSelector(".ui-datatable-reflow .ui-datatable-data tr td"));
            assertEquals("block", cell.getCssValue("display"), "a row's cells stack on a phone");
            assertTrue(
                    cell.findElement(By.cssSelector(".ui-column-title")).isDisplayed(),
                    "each stacked cell names its column");
            page(browser, "reports");

            browser.go("/studyhall/calendar.xhtml?space=" + space);
            browser.find(By.cssSelector("#calendarForm\\:schedule .fc-timegrid"));
            page(browser, "calendar");
            browser.click(By.id("calendarForm:newBooking"));
            browser.find(By.id("bookForm:title"));
            // the date pickers' text is what the form submits; set it without opening their pop-ups
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('bookForm:start_input').value = arguments[0];"
                                    + "document.getElementById('bookForm:end_input').value = arguments[1];",
                            day + " 14:00",
                            day + " 15:00");
            browser.type(By.id("bookForm:title"), Api.unique("手机预约的读书会"));
            WebElement dialog = browser.find(By.cssSelector(".ui-dialog:not([aria-hidden='true'])"));
            assertTrue(
                    dialog.getRect().getX() >= 0
                            && dialog.getRect().getX() + dialog.getRect().getWidth() <= 390,
                    "the booking dialog fits the phone's width: " + dialog.getRect());
            page(browser, "booking-dialog");
            browser.click(By.id("bookForm:book"));
            browser.waitForText("预约已提交，状态：已确认");

            browser.go("/consultation/activity.xhtml?id=" + activity.getJsonNumber("id"));
            browser.click(By.id("activityForm:signUp"));
            browser.waitFor(d -> d.findElement(By.id("myPart")).getText().contains("自行报名"));
            page(browser, "activity");
            browser.go("/consultation/checkin.xhtml?c=" + activity.getString("checkinCode"));
            browser.click(By.id("checkinForm:submit"));
            browser.waitForText("已签到");
            page(browser, "checkin");

            browser.go("/committee/duty.xhtml");
            browser.find(By.id("main"));
            page(browser, "duty");
        }
        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    /** A consultation activity of the member's city at a place, 40 minutes from now (check-in is open), sign-up open. */
    private static JsonObject openActivity() {
        OffsetDateTime start =
                OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(40).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply created = Api.as("office")
                .post(
                        "/api/v1/consultation/activities",
                        Json.createObjectBuilder()
                                .add("topic", Api.unique("手机签到的协商座谈"))
                                .add("form", "MONTHLY")
                                .add("start", start.toString())
                                .add("end", start.plusHours(2).toString())
                                .add("place", "市政协三楼常委会议室")
                                .add("capacity", 20)
                                .build()
                                .toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject a = created.json();
        String path = "/api/v1/consultation/activities/" + a.getJsonNumber("id");
        Api.Reply opened = Api.as("office")
                .post(
                        path + "/transitions",
                        Json.createObjectBuilder()
                                .add("step", "OPEN")
                                .add("version", a.getInt("version"))
                                .build()
                                .toString());
        assertEquals(200, opened.status(), opened::toString);
        return opened.json();
    }

    /** The page as it is now at 390 px: nothing scrolls sideways, axe's findings, a screenshot. */
    private void page(Browser browser, String name) {
        browser.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            findings.add(name + " scrolls " + overflow + " px sideways at 390 px");
        }
        findings.addAll(Axe.violations(browser, name + " at 390 px"));
        browser.screenshot("phone-" + name + "-390");
    }
}
