package org.tongxin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/**
 * A consultation activity in the browser: the demo city's office creates one at a place outside the study hall and
 * opens sign-up; a member signs up on its page and checks in on the page its QR code opens; the office sees the member
 * present. The office uploads a research document on a trip's row and links a reading group as the topic group; a
 * member sees both.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationActivityUiIT {

    private static final By PARTICIPANTS = By.cssSelector("tbody[id='activityForm:participants_data'] > tr");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOfficeCreatesAnActivityAndAMemberSignsUpAndChecksInWithItsCode() {
        try (Browser office = Browser.open();
                Browser member = Browser.open()) {
            LoginPage.open(office).as("office", Api.DEMO_PASSWORD);
            office.click(
                    By.cssSelector("#menuForm\\:navConsultationActivities a, a#menuForm\\:navConsultationActivities"));
            office.find(By.id("activitiesForm:activities"));

            ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))
                    .plusMinutes(40)
                    .truncatedTo(ChronoUnit.MINUTES);
            office.type(By.id("createForm:topic"), "浏览器中的协商活动");
            office.choose("createForm:form", "月度协商座谈会");
            // the date pickers' text is what the form submits; set it without opening their pop-ups
            ((JavascriptExecutor) office.driver())
                    .executeScript(
                            "document.getElementById('createForm:start_input').value = arguments[0];"
                                    + "document.getElementById('createForm:end_input').value = arguments[1];",
                            PICKER.format(start),
                            PICKER.format(start.plusHours(2)));
            office.type(By.id("createForm:place"), "市政协三楼常委会议室");
            office.click(By.id("createForm:create"));
            office.waitFor(d -> d.getCurrentUrl().contains("/consultation/activity.xhtml"));
            assertEquals("筹备中", office.text(By.id("activityState")));
            String url = office.driver().getCurrentUrl();
            String path = "/consultation/activity.xhtml?id=" + url.replaceAll(".*[?&]id=(\\d+).*", "$1");

            office.click(By.cssSelector("button.tx-step-OPEN"));
            office.waitFor(
                    d -> "报名中".equals(d.findElement(By.id("activityState")).getText()));
            assertTrue(office.driver().findElement(By.cssSelector(".tx-qr svg")).isDisplayed(), "the QR code shows");
            String code = office.text(By.id("checkinCode"));
            assertEquals(8, code.length());

            LoginPage.open(member).as("member12", Api.DEMO_PASSWORD);
            member.go(path);
            member.click(By.id("activityForm:signUp"));
            member.waitFor(d -> d.findElement(By.id("myPart")).getText().contains("自行报名"));
            member.go("/consultation/checkin.xhtml?c=" + code);
            member.click(By.id("checkinForm:submit"));
            member.waitForText("已签到");

            office.go(path);
            office.waitFor(d -> d.findElements(PARTICIPANTS).stream()
                    .anyMatch(r -> r.getText().contains("自行报名") && r.getText().contains("✔")));
            assertEquals(List.of(), office.cspViolations());
            assertEquals(List.of(), member.cspViolations());
        }
    }

    @Test
    void theOfficeUploadsAResearchDocumentAndLinksATopicReadingGroupOnThePage() throws Exception {
        String start = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))
                .plusDays(9)
                .truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime()
                .toString();
        Api.Reply created = Api.as("office")
                .post(
                        "/api/v1/consultation/activities",
                        "{\"topic\":\"浏览器中的议前调研\",\"form\":\"MONTHLY\",\"start\":\"" + start
                                + "\",\"end\":\""
                                + java.time.OffsetDateTime.parse(start).plusHours(2)
                                + "\",\"place\":\"市政协三楼常委会议室\",\"capacity\":10}");
        assertEquals(201, created.status(), created::toString);
        String path = "/api/v1/consultation/activities/" + created.json().getJsonNumber("id");
        long member = Api.as("member8")
                .get(path)
                .json()
                .getJsonObject("mine")
                .getJsonNumber("memberId")
                .longValue();
        String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(
                201,
                Api.as("office")
                        .post(
                                path + "/research",
                                "{\"on\":\"" + today + "\",\"place\":\"云冈区\",\"memberIds\":[" + member + "]}")
                        .status());
        String group = Api.unique("浏览器读书群");
        assertEquals(
                201,
                Api.as("office")
                        .post("/api/v1/studyhall/reading-groups", "{\"name\":\"" + group + "\",\"topic\":\"议前读书\"}")
                        .status());
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("c17").resolve("调研报告.pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n% 调研报告\n%%EOF\n");
        String page = "/consultation/activity.xhtml?id=" + created.json().getJsonNumber("id");

        try (Browser office = Browser.open();
                Browser reader = Browser.open()) {
            LoginPage.open(office).as("office", Api.DEMO_PASSWORD);
            office.go(page);
            office.driver()
                    .findElement(By.id("researchForm:research:0:upload_input"))
                    .sendKeys(pdf.toString());
            office.waitFor(d -> d.findElements(By.cssSelector("[id='researchForm:research'] a")).stream()
                    .anyMatch(a -> a.getText().equals("调研报告.pdf")));

            office.choose("activityForm:readingGroup", group);
            office.click(By.id("activityForm:linkGroup"));
            office.waitFor(
                    d -> d.findElement(By.id("readingGroupShown")).getText().contains(group));

            LoginPage.open(reader).as("member8", Api.DEMO_PASSWORD);
            reader.go(page);
            assertTrue(reader.text(By.id("readingGroupShown")).contains(group));
            assertTrue(reader.driver().findElements(By.cssSelector("[id='researchForm:research'] a")).stream()
                    .anyMatch(a -> a.getText().equals("调研报告.pdf")));
            assertTrue(
                    reader.driver()
                            .findElements(By.id("researchForm:research:0:upload_input"))
                            .isEmpty(),
                    "a member does not upload");
            assertEquals(List.of(), office.cspViolations());
        }
    }
}
