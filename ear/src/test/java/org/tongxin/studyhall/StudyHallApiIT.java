package org.tongxin.studyhall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/** The study hall's REST contract: spaces, bookings and their rules, the concurrency guarantee, series, approval, activities, feeds. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudyHallApiIT {

    private static final String BOOKINGS = "/api/v1/studyhall/bookings";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDemoAcademyHasItsFourZones() {
        Api.Reply r = Api.as("member1").get("/api/v1/studyhall/spaces");
        assertEquals(200, r.status(), r::toString);
        List<String> zones = r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("zone"))
                .toList();
        assertTrue(zones.containsAll(List.of("BOOK_DISPLAY", "READING", "ACTIVITY", "LECTURE_HALL")), zones::toString);
        assertTrue(r.json().containsKey("total"));
    }

    @Test
    void aFreeSlotIsBookedAndAnOverlappingOneAnsweredWithConflict() {
        long space = Hall.newSpace(50, false, 24);
        LocalDate day = Hall.openDay(20);
        Api.Reply made = Api.as("member1")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 11, 0), "读书会", 20));
        assertEquals(201, made.status(), made::toString);
        assertEquals("CONFIRMED", made.json().getString("status"));
        long id = made.json().getJsonNumber("id").longValue();

        Api.Reply taken = Api.as("member2")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 10, 30), Hall.at(day, 12, 0), "座谈", 5));
        assertEquals(409, taken.status(), taken::toString);
        assertTrue(taken.contentType().startsWith("application/problem+json"), taken::toString);
        assertEquals("urn:tongxin:problem:slot-taken", taken.json().getString("type"));
        assertEquals("该时段已被预约，请选择其他时间", taken.json().getString("title"));
        Api.Reply english = Api.as("member2")
                .speaking("en")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 8, 0), Hall.at(day, 9, 30), "talk", 5));
        assertEquals(
                "This slot is already booked: choose another time",
                english.json().getString("title"));

        Api.Reply adjacent = Api.as("member2")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 11, 0), Hall.at(day, 12, 0), "座谈", 5));
        assertEquals(201, adjacent.status(), "a booking may start when the previous one ends: " + adjacent);

        Api.Reply listed = Api.as("member2").get(BOOKINGS + "?space=" + space + "&from=" + day + "&to=" + day);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(2, listed.json().getInt("total"));
        JsonObject first = listed.json().getJsonArray("items").getJsonObject(0);
        assertEquals(id, first.getJsonNumber("id").longValue());
        assertEquals(
                Hall.at(day, 9, 0).substring(0, 16), first.getString("start").substring(0, 16));
    }

    @Test
    void everyBrokenRuleIs422WithItsReason() {
        long space = Hall.newSpace(50, false, 24);
        LocalDate day = Hall.openDay(20);
        assertRule(
                Hall.booking(space, Hall.at(day, 11, 0), Hall.at(day, 9, 0), "x", 1),
                "end-before-start",
                "结束时间须晚于开始时间");
        assertRule(Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 9, 15), "x", 1), "too-short", "预约时长不能少于 30 分钟");
        assertRule(Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 18, 0), "x", 1), "too-long", "预约时长不能超过 480 分钟");
        assertRule(
                Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), "x", 51),
                "over-capacity",
                "预计人数超过场地容量（最多 50 人）");
        LocalDate far = LocalDate.now(Hall.ZONE).plusDays(400);
        assertRule(
                Hall.booking(space, Hall.at(far, 9, 0), Hall.at(far, 10, 0), "x", 1),
                "too-far-ahead",
                "最多只能提前 365 天预约");
        LocalDate past = LocalDate.now(Hall.ZONE).minusDays(2);
        assertRule(
                Hall.booking(space, Hall.at(past, 9, 0), Hall.at(past, 10, 0), "x", 1), "in-the-past", "不能预约已经过去的时间");
        assertRule(Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), " ", 1), "required", "此项为必填项");
        assertRule(
                "{\"space\":" + space + ",\"start\":\"tomorrow\",\"end\":\"later\",\"title\":\"x\"}",
                "invalid-input",
                "时间格式不正确，请使用 ISO-8601 格式，如 2026-12-05T14:30:00+08:00");

        Api.Reply holidays = Api.as("keeper")
                .get("/api/v1/studyhall/calendar-days?year="
                        + (LocalDate.now(Hall.ZONE).getYear() + 1));
        JsonObject holiday = holidays.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("HOLIDAY"))
                .filter(d -> LocalDate.parse(d.getString("day"))
                        .isBefore(LocalDate.now(Hall.ZONE).plusDays(360)))
                .findFirst()
                .orElseThrow();
        LocalDate closed = LocalDate.parse(holiday.getString("day"));
        assertRule(
                Hall.booking(space, Hall.at(closed, 9, 0), Hall.at(closed, 10, 0), "x", 1),
                "closed-day",
                closed + " 书院闭馆（节假日或非开放日）");
        Api.Reply none = Api.as("member1")
                .get(BOOKINGS + "?space=" + space + "&from=" + LocalDate.now(Hall.ZONE) + "&to="
                        + LocalDate.now(Hall.ZONE).plusDays(90));
        assertEquals(0, none.json().getInt("total"), "nothing half-saved: " + none);
    }

    private static void assertRule(String body, String code, String title) {
        Api.Reply r = Api.as("member1").post(BOOKINGS, body);
        assertEquals(422, r.status(), r::toString);
        assertEquals("urn:tongxin:problem:" + code, r.json().getString("type"), r::toString);
        assertEquals(title, r.json().getString("title"), r::toString);
    }

    /**
     * 64 clients at once ask for slots of one space that all overlap one another: exactly one is booked,
     * every other one hears "already booked" (409), none gets an error.
     */
    @Test
    void sixtyFourConcurrentAttemptsAtOverlappingSlotsHaveExactlyOneWinner() {
        long space = Hall.newSpace(50, false, 24);
        LocalDate day = Hall.openDay(25);
        Api office = Api.as("office");
        office.get("/api/v1/me"); // the password is checked once, then remembered
        List<CompletableFuture<Api.Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int shift = i % 30;
            attempts.add(office.postAsync(
                    BOOKINGS, Hall.booking(space, Hall.at(day, 10, shift), Hall.at(day, 11, shift), "争抢 " + i, 10)));
        }
        List<Api.Reply> replies = attempts.stream().map(CompletableFuture::join).toList();
        long won = replies.stream().filter(r -> r.status() == 201).count();
        List<Api.Reply> lost = replies.stream().filter(r -> r.status() != 201).toList();
        assertEquals(1, won, replies::toString);
        assertEquals(63, lost.size());
        lost.forEach(r -> {
            assertEquals(409, r.status(), r::toString);
            assertEquals("urn:tongxin:problem:slot-taken", r.json().getString("type"));
        });
        Api.Reply listed = office.get(BOOKINGS + "?space=" + space + "&from=" + day + "&to=" + day);
        assertEquals(1, listed.json().getInt("total"), listed::toString);
    }

    @Test
    void aSeriesShowsItsConflictsAndBooksAllOrOnlyTheFreeOccurrences() {
        long space = Hall.newSpace(50, false, 0);
        LocalDate first = Hall.openWeekdays(14, java.time.DayOfWeek.SATURDAY, 4);
        LocalDate third = first.plusWeeks(2);
        assertEquals(
                201,
                Api.as("member2")
                        .post(BOOKINGS, Hall.booking(space, Hall.at(third, 15, 0), Hall.at(third, 16, 0), "占用", 5))
                        .status());
        String series = """
                {"space":%d,"start":"%s","end":"%s","title":"周末沙龙","attendees":30,"everyWeeks":1,"times":4}""".formatted(space, Hall.at(first, 14, 30), Hall.at(first, 16, 30));

        Api.Reply plan = Api.as("member1").post("/api/v1/studyhall/series/plan", series);
        assertEquals(200, plan.status(), plan::toString);
        List<JsonObject> occurrences = plan.json().getJsonArray("occurrences").getValuesAs(JsonObject.class);
        assertEquals(4, occurrences.size());
        assertEquals(
                List.of(true, true, false, true),
                occurrences.stream().map(o -> o.getBoolean("free")).toList());
        assertEquals("problem.booking.slot-taken", occurrences.get(2).getString("messageKey"));

        Api.Reply all = Api.as("member1").post("/api/v1/studyhall/series", series);
        assertEquals(409, all.status(), all::toString);
        assertEquals("urn:tongxin:problem:series-conflicts", all.json().getString("type"));
        assertEquals(
                1,
                Api.as("member1")
                        .get(BOOKINGS + "?space=" + space + "&from=" + first + "&to=" + first.plusWeeks(4))
                        .json()
                        .getInt("total"),
                "nothing booked when the series was refused");

        Api.Reply free = Api.as("member1")
                .post("/api/v1/studyhall/series", series.replace("\"times\":4", "\"times\":4,\"onlyFree\":true"));
        assertEquals(201, free.status(), free::toString);
        List<JsonObject> booked = free.json().getJsonArray("booked").getValuesAs(JsonObject.class);
        assertEquals(3, booked.size());
        long seriesId = free.json().getJsonNumber("seriesId").longValue();

        long second = booked.get(1).getJsonNumber("id").longValue();
        assertEquals(
                "CANCELLED",
                Api.as("member1")
                        .post(BOOKINGS + "/" + second + "/cancel", "{}")
                        .json()
                        .getString("status"));
        assertEquals(
                "CONFIRMED",
                Api.as("member1")
                        .get(BOOKINGS + "/" + booked.get(0).getJsonNumber("id"))
                        .json()
                        .getString("status"));

        Api.Reply moved = Api.as("member1")
                .post(
                        BOOKINGS + "/" + booked.get(0).getJsonNumber("id") + "/move",
                        "{\"start\":\"" + Hall.at(first, 9, 0) + "\",\"end\":\"" + Hall.at(first, 11, 0) + "\"}");
        assertEquals(200, moved.status(), moved::toString);

        Api.Reply rest = Api.as("member1")
                .post("/api/v1/studyhall/series/" + seriesId + "/cancel", "{\"from\":\"" + first.plusWeeks(1) + "\"}");
        assertEquals(
                1, rest.json().getInt("cancelled"), rest::toString); // the fourth; the second was cancelled already
        assertEquals(
                "CONFIRMED",
                Api.as("member1")
                        .get(BOOKINGS + "/" + booked.get(0).getJsonNumber("id"))
                        .json()
                        .getString("status"));
    }

    @Test
    void aBookingThatNeedsApprovalWaitsForTheKeeperAndTheBookerIsNotified() {
        long space = Hall.newSpace(200, true, 48);
        LocalDate day = Hall.openDay(20);
        Api.Reply made = Api.as("member2")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 14, 0), Hall.at(day, 16, 0), "界别座谈会", 60));
        assertEquals(201, made.status(), made::toString);
        assertEquals("PENDING", made.json().getString("status"));
        long id = made.json().getJsonNumber("id").longValue();
        Api.Reply taken =
                Api.as("member1").post(BOOKINGS, Hall.booking(space, Hall.at(day, 15, 0), Hall.at(day, 17, 0), "x", 1));
        assertEquals(409, taken.status(), "a pending booking holds its slot: " + taken);

        assertEquals(
                403,
                Api.as("member2").post(BOOKINGS + "/" + id + "/approve", "").status());
        assertTrue(Api.as("keeper").get(BOOKINGS + "/pending").body().contains("\"id\":" + id));
        Api.Reply approved = Api.as("keeper").post(BOOKINGS + "/" + id + "/approve", "");
        assertEquals("CONFIRMED", approved.json().getString("status"), approved::toString);
        assertEquals(
                409, Api.as("keeper").post(BOOKINGS + "/" + id + "/approve", "").status());

        Api.Reply inbox = Api.as("member2").get("/api/v1/notifications");
        assertTrue(
                inbox.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> n.getString("text").startsWith("您预约的“界别座谈会”")
                                && n.getString("text").endsWith("已通过审批")
                                && n.getString("link").equals("/studyhall/booking.xhtml?id=" + id)),
                inbox::toString);

        Api.Reply other = Api.as("member2")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), "另一场", 10));
        long otherId = other.json().getJsonNumber("id").longValue();
        Api.Reply noReason = Api.as("keeper").post(BOOKINGS + "/" + otherId + "/reject", "{}");
        assertEquals(422, noReason.status(), noReason::toString);
        Api.Reply rejected = Api.as("keeper").post(BOOKINGS + "/" + otherId + "/reject", "{\"reason\":\"当天讲堂布展\"}");
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertTrue(Api.as("member2").get("/api/v1/notifications").body().contains("当天讲堂布展"));
        assertEquals(
                201,
                Api.as("member1")
                        .post(BOOKINGS, Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), "改约", 10))
                        .status(),
                "a rejected booking frees its slot");
    }

    @Test
    void theBookerCancelsBeforeTheNoticeAndTheKeeperAnyTimeWithAReason() {
        long space = Hall.newSpace(50, false, 24 * 30);
        LocalDate day = Hall.openDay(10);
        long id = Api.as("member1")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), "学习", 5))
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply late = Api.as("member1").post(BOOKINGS + "/" + id + "/cancel", "{}");
        assertEquals(422, late.status(), late::toString);
        assertEquals("urn:tongxin:problem:too-late", late.json().getString("type"));
        assertEquals(
                403,
                Api.as("member2").post(BOOKINGS + "/" + id + "/cancel", "{}").status());
        assertEquals(
                422,
                Api.as("keeper").post(BOOKINGS + "/" + id + "/cancel", "{}").status());
        assertEquals(
                "CANCELLED",
                Api.as("keeper")
                        .post(BOOKINGS + "/" + id + "/cancel", "{\"reason\":\"场地检修\"}")
                        .json()
                        .getString("status"));
        assertTrue(Api.as("member1").get("/api/v1/notifications").body().contains("场地检修"));
    }

    @Test
    void aFullActivityPutsSignUpsOnTheWaitingListAndPromotesInOrder() {
        long space = Hall.newSpace(50, false, 0);
        LocalDate day = Hall.openDay(12);
        long booking = Api.as("office")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 19, 0), Hall.at(day, 20, 30), "读书分享会", 2))
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply opened = Api.as("office")
                .post(BOOKINGS + "/" + booking + "/activity", "{\"kind\":\"READING_SHARING\",\"capacity\":1}");
        assertEquals(201, opened.status(), opened::toString);
        long activity = opened.json().getJsonNumber("id").longValue();
        String registrations = "/api/v1/studyhall/activities/" + activity + "/registrations";

        Api.Reply first = Api.as("member1").post(registrations, "");
        assertEquals(201, first.status(), first::toString);
        assertEquals("REGISTERED", first.json().getString("status"));
        Api.Reply second = Api.as("member2").post(registrations, "");
        assertEquals(201, second.status(), second::toString);
        assertEquals("WAITLISTED", second.json().getString("status"));
        assertEquals(1, second.json().getInt("position"));
        assertEquals(409, Api.as("member2").post(registrations, "").status(), "one sign-up per member");
        assertEquals(
                403, Api.as("office").post(registrations, "").status(), "office staff are not members of the roster");

        Api.Reply withdrawn = Api.as("member1").post("/api/v1/studyhall/activities/" + activity + "/withdraw", "");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        JsonObject seen = Api.as("member2")
                .get("/api/v1/studyhall/activities/" + activity)
                .json();
        assertEquals("REGISTERED", seen.getString("myStatus"), seen::toString);
        assertEquals(1, seen.getInt("registered"));
        assertEquals(0, seen.getInt("waitlisted"));
        assertTrue(Api.as("member2").get("/api/v1/notifications").body().contains("您已从候补转为正式报名"));
        assertFalse(
                seen.containsKey("checkinCode") && !seen.isNull("checkinCode"),
                "a member does not see the check-in code");
        assertFalse(Api.as("office")
                .get("/api/v1/studyhall/activities/" + activity)
                .json()
                .isNull("checkinCode"));
    }

    @Test
    void feedAddressesLinksAndUidsComeFromThePublicAddressNeverFromTheHostHeader() {
        long space = Hall.newSpace(50, false, 0);
        LocalDate day = Hall.openDay(9);
        long id = Api.as("member1")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 11, 0), Hall.at(day, 12, 0), "主机头测试", 3))
                .json()
                .getJsonNumber("id")
                .longValue();
        String renewed =
                org.tongxin.support.RawHttp.post("/api/v1/studyhall/feed-token", "evil.example:8080", "member1", "");
        assertTrue(renewed.matches("(?s)HTTP/1\\.[01] 201 .*"), renewed);
        assertFalse(renewed.contains("evil.example"), renewed);
        assertTrue(
                renewed.contains("\"personalFeed\":\"http://localhost:8080/api/v1/studyhall/my/calendar.ics?token="),
                renewed);
        String token = renewed.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");

        String feed = org.tongxin.support.RawHttp.get(
                "/api/v1/studyhall/spaces/" + space + "/calendar.ics?token=" + token, "evil.example", null);
        assertTrue(feed.matches("(?s)HTTP/1\\.[01] 200 .*"), feed);
        assertFalse(feed.contains("evil.example"), feed);
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("UID:booking-" + id + "@localhost\r\n"), feed);
        assertTrue(unfolded.contains("URL:http://localhost:8080/studyhall/booking.xhtml?id=" + id + "\r\n"), feed);
    }

    @Test
    void calendarFeedsOpenWithTheTokenAloneAndRenewingKillsTheOldAddress() {
        long space = Hall.newSpace(50, false, 0);
        LocalDate day = Hall.openDay(9);
        long id = Api.as("member1")
                .post(BOOKINGS, Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 10, 0), "订阅测试，含逗号", 3))
                .json()
                .getJsonNumber("id")
                .longValue();
        Api.Reply renewed = Api.as("member1").post("/api/v1/studyhall/feed-token", "");
        assertEquals(201, renewed.status(), renewed::toString);
        String token = renewed.json().getString("token");
        assertTrue(
                renewed.json().getString("personalFeed").endsWith("/api/v1/studyhall/my/calendar.ics?token=" + token));

        Api.Reply feed = Api.anonymous()
                .getAccepting("/api/v1/studyhall/spaces/" + space + "/calendar.ics?token=" + token, "text/calendar");
        assertEquals(200, feed.status(), feed::toString);
        assertTrue(feed.contentType().startsWith("text/calendar"), feed::toString);
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"), feed.body());
        assertTrue(feed.body().contains("UID:booking-" + id + "@"), feed.body());
        assertTrue(
                feed.body().contains("\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n"),
                feed.body()); // the demo organisation's zone
        assertTrue(feed.body().contains("SUMMARY:订阅测试，含逗号"), feed.body());
        assertTrue(feed.body().contains("/studyhall/booking.xhtml?id=" + id), feed.body());
        Api.Reply mine = Api.anonymous().getAccepting("/api/v1/studyhall/my/calendar.ics?token=" + token, "*/*");
        assertTrue(mine.body().contains("UID:booking-" + id + "@"), mine.body());

        assertEquals(
                404,
                Api.anonymous()
                        .getAccepting(
                                "/api/v1/studyhall/spaces/" + space + "/calendar.ics?token=nonsense", "text/calendar")
                        .status());
        assertEquals(
                401,
                Api.anonymous().get("/api/v1/studyhall/spaces/" + space).status(),
                "the token opens the feed only");
        String next = Api.as("member1")
                .post("/api/v1/studyhall/feed-token", "")
                .json()
                .getString("token");
        assertEquals(
                404,
                Api.anonymous()
                        .getAccepting("/api/v1/studyhall/my/calendar.ics?token=" + token, "*/*")
                        .status());
        assertEquals(
                200,
                Api.anonymous()
                        .getAccepting("/api/v1/studyhall/my/calendar.ics?token=" + next, "text/calendar")
                        .status());
    }

    /**
     * PUT /calendar-days/{date} and DELETE /calendar-days/{id} share one path template (one path of the OpenAPI
     * document): a date still sets a day, a number still removes one.
     */
    @Test
    void aSpecialDayIsSetByItsDateAndRemovedByItsId() {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 3000));
        Api keeper = Api.as("keeper");
        Api.Reply set =
                keeper.put("/api/v1/studyhall/calendar-days/" + day, "{\"kind\":\"WORKDAY\",\"name\":\"OpenAPI\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(day.toString(), set.json().getString("day"));
        long id = set.json().getJsonNumber("id").longValue();
        Api.Reply removed = keeper.delete("/api/v1/studyhall/calendar-days/" + id);
        assertEquals(204, removed.status(), removed::toString);
        assertFalse(
                keeper
                        .get("/api/v1/studyhall/calendar-days?year=" + day.getYear())
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(d -> d.getJsonNumber("id").longValue() == id),
                "removed");
    }
}
