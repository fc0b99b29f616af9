package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 20's interface conventions in the browser, one page for each class: an irreversible action asks first, and
 * cancelling changes nothing; feedback names what happened; a select starts at 请选择 and a required one says so; the
 * editors' list shows the day of submission; the booking calendar's weeks start on Monday, its dialog closes with Esc, and a cancelled booking is grey as the legend
 * says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterfaceConventionsUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void submittingAndAdoptingAReportAskFirstAndSayWhatHappened() {
        String word = Api.unique("");
        String title = "关于社区养老服务站运营的建议" + word;
        long id;
        try (Browser member = Browser.open()) {
            LoginPage.open(member).as("member1", Api.DEMO_PASSWORD);
            member.go("/inforeport/write.xhtml");
            // the topic starts at 请选择, and the fields the report needs are marked
            assertEquals("请选择", member.text(By.id("writeForm:topic_label")));
            assertEquals(
                    "请选择",
                    member.driver()
                            .findElement(By.id("writeForm:topic_input"))
                            .findElements(By.tagName("option"))
                            .get(0)
                            .getAttribute("textContent"));
            // PrimeFaces points a select's label at its focus input (writeForm:topic_focus)
            member.find(By.cssSelector("label.tx-required[for^='writeForm:topic']"));
            member.type(By.id("writeForm:title"), title);
            member.type(By.id("writeForm:body"), "社区养老服务站运营补贴到期，服务难以为继。");
            member.type(By.id("writeForm:proposals"), "建议延续运营补贴");

            // submitting asks first; "取消" leaves the report unwritten
            member.click(By.id("writeForm:submit"));
            assertTrue(member.confirmation().contains("提交这篇信息"), member.confirmation());
            member.dismissConfirmation();
            assertTrue(member.driver().getCurrentUrl().contains("/inforeport/write.xhtml"));
            assertEquals(title, member.find(By.id("writeForm:title")).getAttribute("value"));
            assertFalse(member.bodyText().contains("信息已提交"));

            // confirmed without a topic: the service's required message (nothing was chosen by default)
            member.clickConfirmed(By.id("writeForm:submit"));
            member.waitFor(
                    d -> d.findElement(By.id("writeForm:messages")).getText().contains("此项为必填项"));
            assertTrue(member.driver().getCurrentUrl().contains("/inforeport/write.xhtml"));

            member.choose("writeForm:topic", "经济发展");
            member.clickConfirmed(By.id("writeForm:submit"));
            member.waitForText("信息已提交");
            member.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已报送"));
            String url = member.driver().getCurrentUrl();
            id = Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        }
        Api.as("editor").post("/api/v1/reports/" + id + "/start-editing", "");
        try (Browser editor = Browser.open()) {
            LoginPage.open(editor).as("editor", Api.DEMO_PASSWORD);
            editor.go("/inforeport/report.xhtml?id=" + id);
            editor.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("编辑中"));

            // adopting names the report; "取消" leaves it being edited
            editor.click(By.cssSelector("button.tx-act-ADOPT"));
            assertTrue(editor.confirmation().contains("采用信息《" + title + "》"), editor.confirmation());
            editor.dismissConfirmation();
            assertEquals("编辑中", editor.text(By.id("reportState")));
            assertEquals(
                    "EDITING",
                    Api.as("editor").get("/api/v1/reports/" + id).json().getString("state"));

            editor.clickConfirmed(By.cssSelector("button.tx-act-ADOPT"));
            editor.waitForText("信息已采用");
            editor.waitFor(d -> d.findElement(By.id("reportState")).getText().equals("已采用"));
            assertFalse(editor.bodyText().contains("操作已完成"));

            // the editors' list shows the day each report was submitted
            editor.go("/inforeport/reports.xhtml");
            editor.type(By.id("listForm:q"), "养老 " + word);
            editor.click(By.id("listForm:filter"));
            editor.waitFor(
                    d -> d.findElement(By.id("listForm:reports_data")).getText().contains(title));
            assertTrue(editor.text(By.id("listForm:reports")).contains("提交日期"));
            assertTrue(
                    editor.text(By.id("listForm:reports_data"))
                            .contains(Fixtures.today().toString()),
                    editor.text(By.id("listForm:reports_data")));
        }
    }

    @Test
    void theCalendarStartsOnMondayItsDialogClosesWithEscAndACancelledBookingIsGrey() {
        String spaceName = Api.unique("委员活动室");
        long space = Hall.newSpace(spaceName, 30, false, 0);
        LocalDate day = Hall.openDay(16);
        String title = Api.unique("取消的读书会");
        long booking = Api.as("member1")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(space, Hall.at(day, 15, 0), Hall.at(day, 16, 0), title, 5))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                Api.as("member1")
                        .post("/api/v1/studyhall/bookings/" + booking + "/cancel", "{\"reason\":\"改期\"}")
                        .status());
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.go("/studyhall/calendar.xhtml?space=" + space);
            browser.find(By.cssSelector("#calendarForm\\:schedule .fc-timegrid"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("PF('hallSchedule').calendar.gotoDate(arguments[0])", day.toString());

            // the week's first column is Monday
            browser.find(By.cssSelector("th.fc-col-header-cell[data-date='" + day + "']"));
            WebElement first = browser.driver()
                    .findElements(By.cssSelector("th.fc-col-header-cell"))
                    .get(0);
            assertEquals(
                    DayOfWeek.MONDAY,
                    LocalDate.parse(first.getAttribute("data-date")).getDayOfWeek());
            assertTrue(first.getText().contains("周一"), first.getText());

            // the cancelled booking is grey, as the legend says
            WebElement cancelled =
                    browser.waitFor(d -> d.findElements(By.cssSelector(".fc-event.tx-booking-cancelled")).stream()
                            .filter(e -> e.getText().contains(title))
                            .findFirst()
                            .orElse(null));
            assertEquals(GREY, rgb(cancelled.getCssValue("background-color")));
            assertEquals(
                    GREY,
                    rgb(browser.find(By.cssSelector(".tx-legend .tx-booking-cancelled"))
                            .getCssValue("background-color")));

            // the booking dialog: its space starts at 请选择 among the options and Esc closes it
            browser.click(By.id("calendarForm:newBooking"));
            browser.awaitAjax();
            browser.find(By.id("bookForm:title"));
            assertEquals(
                    "请选择",
                    browser.driver()
                            .findElement(By.id("bookForm:space_input"))
                            .findElements(By.tagName("option"))
                            .get(0)
                            .getAttribute("textContent"));
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.waitFor(d -> !d.findElement(By.id("bookDialog")).isDisplayed());
        }
    }

    private static final String GREY = "rgb(208, 215, 222)";

    /** A computed colour as rgb(r, g, b): Chromium reports an opaque one as rgba(r, g, b, 1) or rgb(r, g, b). */
    private static String rgb(String css) {
        return css.replaceAll("rgba\\((\\d+), (\\d+), (\\d+), 1\\)", "rgb($1, $2, $3)");
    }
}
