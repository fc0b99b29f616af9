package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Browser;
import org.tongxin.support.Deployments;
import org.tongxin.support.QrText;

/**
 * The study hall in the browser: a member books a free slot by clicking it on the calendar and is refused
 * the same slot again; a member signs up to a full activity, waits, and is promoted when a seat frees; a member's
 * calendar feeds are shown with a copy button and a QR code that holds each address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudyHallUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theCalendarFeedsAreHandedOnWithACopyButtonAndTheirQrCodes() {
        long space = Hall.newSpace(Api.unique("订阅测试室"), 10, false, 0);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member2", Api.DEMO_PASSWORD);
            browser.go("/studyhall/calendar.xhtml?space=" + space);
            browser.click(By.cssSelector("[id='calendarForm:feedPanel_toggler']"));
            browser.awaitAnimations(); // the panel slides open: its button moves until it is done
            browser.clickConfirmed(By.id("calendarForm:renewFeed"));
            for (String feed : new String[] {"personalFeed", "spaceFeed"}) {
                String address = browser.text(By.id(feed));
                assertTrue(address.startsWith("http"), address);
                String svg = (String) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.querySelector('#" + feed + "Qr svg').outerHTML");
                assertEquals(address, QrText.of(svg), feed + "'s QR code holds its address");
                browser.click(By.id(feed + "Copy"));
                browser.waitFor(d ->
                        "已复制到剪贴板".equals(d.findElement(By.id(feed + "Status")).getText()));
            }
        }
    }

    @Test
    void aMemberBooksASlotOnTheCalendarAndTheSameSlotIsThenRefused() {
        String spaceName = Api.unique("界别活动室");
        long space = Hall.newSpace(spaceName, 40, false, 0);
        LocalDate day = Hall.openDay(9);
        String title = Api.unique("委员读书会");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.click(By.cssSelector("#menuForm\\:navCalendar a, a#menuForm\\:navCalendar"));
            browser.find(By.cssSelector("#calendarForm\\:schedule .fc-timegrid"));
            browser.go("/studyhall/calendar.xhtml?space=" + space); // a space's calendar has its own address
            browser.waitFor(d ->
                    d.findElement(By.id("calendarForm:space_label")).getText().startsWith(spaceName));
            browser.find(By.cssSelector("#calendarForm\\:schedule .fc-timegrid"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("PF('hallSchedule').calendar.gotoDate(arguments[0])", day.toString());
            WebElement column = browser.find(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
            WebElement lane = browser.find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='10:00:00']"));
            int x = column.getRect().getX()
                    + column.getRect().getWidth() / 2
                    - (lane.getRect().getX() + lane.getRect().getWidth() / 2);
            new Actions(browser.driver()).moveToElement(lane, x, 0).click().perform();

            browser.find(By.id("bookForm:title"));
            assertEquals(
                    day + " 10:00", browser.find(By.id("bookForm:start_input")).getAttribute("value"));
            browser.type(By.id("bookForm:title"), title);
            browser.click(By.id("bookForm:book"));
            browser.waitForText("预约已提交，状态：已确认");
            browser.waitFor(d -> d.findElements(By.cssSelector(".fc-event.tx-booking-confirmed")).stream()
                    .anyMatch(e -> e.getText().contains(title)));

            browser.click(By.id("calendarForm:newBooking"));
            browser.find(By.id("bookForm:title"));
            // the date pickers' text is what the form submits; set it without opening their pop-ups
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "document.getElementById('bookForm:start_input').value = arguments[0];"
                                    + "document.getElementById('bookForm:end_input').value = arguments[1];",
                            day + " 10:30",
                            day + " 11:30");
            browser.type(By.id("bookForm:title"), "另一场活动");
            browser.click(By.id("bookForm:book"));
            browser.waitFor(
                    d -> d.findElement(By.id("bookForm:bookMessages")).getText().contains("该时段已被预约，请选择其他时间"));
        }
    }

    @Test
    void aMemberWaitingForAFullActivityIsPromotedWhenAnotherWithdraws() {
        long space = Hall.newSpace(30, false, 0);
        LocalDate day = Hall.openDay(11);
        String title = Api.unique("周末沙龙");
        long booking = Api.as("office")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(space, Hall.at(day, 14, 30), Hall.at(day, 16, 30), title, 20))
                .json()
                .getJsonNumber("id")
                .longValue();
        long activity = Api.as("office")
                .post("/api/v1/studyhall/bookings/" + booking + "/activity", "{\"kind\":\"SALON\",\"capacity\":1}")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                "REGISTERED",
                Api.as("member2")
                        .post("/api/v1/studyhall/activities/" + activity + "/registrations", "")
                        .json()
                        .getString("status"));
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).as("member1", Api.DEMO_PASSWORD);
            browser.go("/studyhall/booking.xhtml?id=" + booking);
            assertEquals(title, browser.text(By.id("bookingTitle")));
            browser.click(By.id("bookingForm:signUp"));
            browser.waitForText("名额已满，已进入候补第 1 位");
            browser.waitFor(d -> d.findElement(By.id("myStatus")).getText().contains("候补"));

            assertEquals(
                    200,
                    Api.as("member2")
                            .post("/api/v1/studyhall/activities/" + activity + "/withdraw", "")
                            .status());
            browser.go("/studyhall/booking.xhtml?id=" + booking);
            browser.waitFor(d -> d.findElement(By.id("myStatus")).getText().contains("已报名"));
            browser.go("/");
            browser.waitForText("您已从候补转为正式报名：“" + title + "”");
            assertTrue(browser.bodyText().contains("我的通知"));
        }
    }
}
