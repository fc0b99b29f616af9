package org.tongxin.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.studyhall.Hall;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/**
 * Issue 20's home as JSON, {@code GET /api/v1/me/home}: one section per role the caller holds, whose counts move when
 * something is written, submitted, booked or signed up for, and never count another person's or organisation's items.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeApiIT {

    private static final String HOME = "/api/v1/me/home";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static JsonObject home(String who) {
        Api.Reply r = Api.as(who).get(HOME);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    static long total(JsonObject home, String section, String list) {
        return home.getJsonObject(section)
                .getJsonObject(list)
                .getJsonNumber("total")
                .longValue();
    }

    static long queue(String editor) {
        return total(home(editor), "editor", "waiting");
    }

    static long draft(String who, String title) {
        Api.Reply r = Api.as(who).post("/api/v1/reports", """
                        {"title":"%s","body":"首页测试：居民反映小区停车难。","proposals":["建议增设停车位"],"topic":"LIVELIHOOD"}""".formatted(title));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void eachRoleGetsItsOwnSectionsAndNoOther() {
        JsonObject member = home("member1");
        assertTrue(member.containsKey("member"), member::toString);
        assertFalse(member.containsKey("editor"), member::toString);
        assertFalse(member.containsKey("keeper"), member::toString);
        assertFalse(member.containsKey("office"), member::toString);
        assertFalse(member.containsKey("leader"), member::toString);
        assertFalse(member.containsKey("checklist"), "members have no getting-started checklist");
        JsonObject duty = member.getJsonObject("member").getJsonObject("duty");
        assertNotNull(duty, "member1 is on the roster: this year's points and grade");
        assertEquals(org.tongxin.support.Fixtures.today().getYear(), duty.getInt("year"));
        assertTrue(duty.containsKey("grade") && duty.containsKey("total"), duty::toString);
        if (duty.containsKey("nextGrade")) {
            double missing = duty.getJsonNumber("missing").doubleValue();
            assertEquals(
                    duty.getJsonNumber("nextFrom").doubleValue()
                            - duty.getJsonNumber("total").doubleValue(),
                    missing,
                    0.001,
                    "how far the next grade is");
        }

        JsonObject editor = home("editor");
        assertTrue(editor.containsKey("editor") && !editor.containsKey("member"), editor::toString);
        assertEquals(
                "/inforeport/reports.xhtml?state=SUBMITTED",
                editor.getJsonObject("editor").getString("queuePage"));

        JsonObject keeper = home("keeper");
        assertTrue(keeper.containsKey("keeper") && !keeper.containsKey("editor"), keeper::toString);

        JsonObject office = home("office");
        assertTrue(office.containsKey("office"), office::toString);
        assertTrue(office.containsKey("checklist"), "office staff keep the getting-started checklist");
        assertEquals(
                "/proposal/proposals.xhtml?overdue=true",
                office.getJsonObject("office").getString("overduePage"));

        JsonObject leader = home("leader");
        assertTrue(leader.containsKey("leader") && !leader.containsKey("office"), leader::toString);
        assertEquals("/inforeport/stats.xhtml", leader.getJsonObject("leader").getString("reportStatsPage"));

        assertEquals(401, Api.anonymous().get(HOME).status(), "the home is the signed-in person's");
    }

    @Test
    void writingAndSubmittingAReportMovesTheAuthorsAndTheEditorsCountsOnly() {
        long mine = total(home("member1"), "member", "openReports");
        long someoneElses = total(home("member2"), "member", "openReports");
        long city = queue("editor");
        long district = queue("editor-pc");
        long province = queue("editor-sx");
        long received = home("leader")
                .getJsonObject("leader")
                .getJsonNumber("reportsReceived")
                .longValue();

        String title = Api.unique("首页草稿");
        long id = draft("member1", title);
        JsonObject after = home("member1");
        assertEquals(mine + 1, total(after, "member", "openReports"), "a new draft is waiting for its author");
        assertTrue(
                after.getJsonObject("member")
                                .getJsonObject("openReports")
                                .toString()
                                .contains(title)
                        || mine + 1 > 5,
                "the newest draft is among the first shown");
        assertEquals(someoneElses, total(home("member2"), "member", "openReports"), "never another member's draft");
        assertEquals(city, queue("editor"), "a draft is no editor's business");

        Api.Reply submitted = Api.as("member1").post("/api/v1/reports/" + id + "/submit", "");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals(mine, total(home("member1"), "member", "openReports"), "submitted: no longer the author's to do");
        JsonObject editor = home("editor");
        assertEquals(city + 1, total(editor, "editor", "waiting"), "it waits in the city's queue");
        assertTrue(
                editor.getJsonObject("editor")
                                .getJsonObject("waiting")
                                .getJsonArray("items")
                                .toString()
                                .contains("\"id\":" + id)
                        || city + 1 > 5,
                editor::toString);
        assertEquals(district, queue("editor-pc"), "another organisation's queue never counts it");
        assertEquals(province, queue("editor-sx"), "nor the province's before it is forwarded");
        assertTrue(
                home("leader")
                                .getJsonObject("leader")
                                .getJsonNumber("reportsReceived")
                                .longValue()
                        >= received + 1,
                "the leader's headline figure counts it");

        Api.Reply editing = Api.as("editor").post("/api/v1/reports/" + id + "/start-editing", "");
        assertEquals(200, editing.status(), editing::toString);
        assertEquals(city, queue("editor"), "taken up by an editor: no longer waiting");
        Api.Reply returned = Api.as("editor").post("/api/v1/reports/" + id + "/return", "{\"note\":\"请补充数据\"}");
        assertEquals(200, returned.status(), returned::toString);
        assertEquals(mine + 1, total(home("member1"), "member", "openReports"), "returned: the author's to do again");
    }

    @Test
    void bookingsSignUpsAndApprovalsAreCountedForTheirPeople() {
        long bookings = total(home("member1"), "member", "bookings");
        long otherBookings = total(home("member2"), "member", "bookings");
        long pending = total(home("keeper"), "keeper", "pending");
        long signups = total(home("member2"), "member", "signups");

        long approved = Hall.newSpace(Api.unique("首页审批室"), 30, true, 0);
        LocalDate day = Hall.openDay(10);
        Api.Reply made = Api.as("member1")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(approved, Hall.at(day, 9, 0), Hall.at(day, 10, 0), Api.unique("首页预约"), 5));
        assertEquals(201, made.status(), made::toString);
        assertEquals("PENDING", made.json().getString("status"));
        assertEquals(bookings + 1, total(home("member1"), "member", "bookings"), "the booker's upcoming bookings");
        assertEquals(otherBookings, total(home("member2"), "member", "bookings"), "never another member's booking");
        assertEquals(pending + 1, total(home("keeper"), "keeper", "pending"), "waiting for the keeper");

        long free = Hall.newSpace(Api.unique("首页活动室"), 30, false, 0);
        long booking = Api.as("office")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(free, Hall.at(day, 19, 0), Hall.at(day, 20, 0), Api.unique("首页读书会"), 5))
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply opened = Api.as("office")
                .post(
                        "/api/v1/studyhall/bookings/" + booking + "/activity",
                        "{\"kind\":\"READING_SHARING\",\"capacity\":5}");
        assertEquals(201, opened.status(), opened::toString);
        long activity = opened.json().getJsonNumber("id").longValue();
        Api.Reply signed = Api.as("member2").post("/api/v1/studyhall/activities/" + activity + "/registrations", "");
        assertEquals(201, signed.status(), signed::toString);
        JsonObject member2 = home("member2");
        assertEquals(signups + 1, total(member2, "member", "signups"), "the member's sign-ups");
        assertEquals(
                "REGISTERED",
                member2
                        .getJsonObject("member")
                        .getJsonObject("signups")
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> a.getJsonNumber("id").longValue() == activity)
                        .findFirst()
                        .map(a -> a.getString("myStatus"))
                        .orElse(signups + 1 > 5 ? "REGISTERED" : "missing"));

        Api.Reply withdrawn = Api.as("member2").post("/api/v1/studyhall/activities/" + activity + "/withdraw", "");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals(signups, total(home("member2"), "member", "signups"), "a withdrawn sign-up is no longer counted");
    }
}
