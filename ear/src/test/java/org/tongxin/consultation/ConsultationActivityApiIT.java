package org.tongxin.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;
import static org.tongxin.support.ApiAsserts.ok;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
 * Consultation activities through the REST API, as the demo city's office (office), its leader, its members and a
 * district's office (office-pc, Pingcheng, below Datong): the venue booked through the study hall's booking engine
 * (its slot conflict is the answer; cancelling releases the booking), the cap on members, check-in by the code and
 * the attendance credited when the activity is held (and withdrawn when unticked), research trips and delivered
 * speeches credited, and who may see and run whose activity.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationActivityApiIT {

    private static final String ACTIVITIES = "/api/v1/consultation/activities";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String at(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.ofHours(8))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8));
    }

    /** An activity at a place outside the study hall (no booking), from {@code start} for two hours. */
    private static JsonObjectBuilder atPlace(String topic, OffsetDateTime start, int capacity) {
        return Json.createObjectBuilder()
                .add("topic", topic)
                .add("form", "MONTHLY")
                .add("start", at(start))
                .add("end", at(start.plusHours(2)))
                .add("place", "市政协三楼常委会议室")
                .add("capacity", capacity);
    }

    private static JsonObject created(String who, JsonObjectBuilder body) {
        Api.Reply r = Api.as(who).post(ACTIVITIES, body.build().toString());
        assertEquals(201, r.status(), r::toString);
        assertEquals("PLANNED", r.json().getString("state"));
        return r.json();
    }

    private static String path(JsonObject a) {
        return ACTIVITIES + "/" + a.getJsonNumber("id").longValue();
    }

    private static Api.Reply step(String who, JsonObject a, String step) {
        return Api.as(who)
                .post(
                        path(a) + "/transitions",
                        Json.createObjectBuilder()
                                .add("step", step)
                                .add("version", a.getInt("version"))
                                .build()
                                .toString());
    }

    private static JsonObject stepped(JsonObject a, String step, String state) {
        Api.Reply r = step("office", a, step);
        assertEquals(200, r.status(), r::toString);
        assertEquals(state, r.json().getString("state"));
        return r.json();
    }

    private static long memberIdOf(String who, JsonObject a) {
        JsonObject seen = ok(Api.as(who).get(path(a)), 200);
        return seen.getJsonObject("mine").getJsonNumber("memberId").longValue();
    }

    private static long participant(JsonObject a, long memberId) {
        return a.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p ->
                        !absent(p, "memberId") && p.getJsonNumber("memberId").longValue() == memberId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(a.toString()))
                .getJsonNumber("id")
                .longValue();
    }

    /** The member's ledger entry of a source, as office staff read it through the API. */
    private static Optional<JsonObject> entry(long memberId, String source) {
        JsonObject duty = ok(Api.as("office").get("/api/v1/members/" + memberId + "/duty"), 200);
        return duty.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> source.equals(e.getString("source")))
                .filter(e -> !e.getBoolean("voided"))
                .findFirst();
    }

    /** JSON-B leaves null fields out of the answer. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** An activity in a study-hall space, from {@code hour} for two hours. */
    private static JsonObjectBuilder inSpace(long space, LocalDate day, int hour) {
        return Json.createObjectBuilder()
                .add("topic", "老旧小区改造与物业管理")
                .add("form", "MONTHLY")
                .add("start", Hall.at(day, hour, 0))
                .add("end", Hall.at(day, hour + 2, 0))
                .add("spaceId", space)
                .add("capacity", 30);
    }

    @Test
    void theVenueIsBookedThroughTheStudyHallEngineWhoseSlotConflictIsTheAnswerAndCancellingReleasesIt() {
        long space = Hall.newSpace(60, false, 0);
        LocalDate day = Hall.openDay(20);
        Api.Reply taken = Api.as("office")
                .post(
                        "/api/v1/studyhall/bookings",
                        Hall.booking(space, Hall.at(day, 9, 0), Hall.at(day, 11, 0), "专题学习", 10));
        assertEquals(201, taken.status(), taken::toString);

        assertProblem(
                409,
                "slot-taken",
                Api.as("office")
                        .post(ACTIVITIES, inSpace(space, day, 10).build().toString()));
        assertEquals(
                0,
                ok(Api.as("office").get(ACTIVITIES + "?year=" + day.getYear() + "&size=200"), 200)
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(a -> "老旧小区改造与物业管理".equals(a.getString("topic"))
                                && a.getString("start").startsWith(day.toString()))
                        .count(),
                "the refused activity was not saved");

        JsonObject a = created("office", inSpace(space, day, 14));
        long booking = a.getJsonNumber("bookingId").longValue();
        JsonObject b = ok(Api.as("office").get("/api/v1/studyhall/bookings/" + booking), 200);
        assertEquals("CONFIRMED", b.getString("status"));
        assertEquals(space, a.getJsonNumber("spaceId").longValue());
        assertEquals(b.getString("spaceName"), a.getString("venue"));
        assertProblem(
                409,
                "slot-taken",
                Api.as("office")
                        .post(
                                "/api/v1/studyhall/bookings",
                                Hall.booking(space, Hall.at(day, 15, 0), Hall.at(day, 16, 0), "占用", 5)));

        Api.Reply cancelled = Api.as("office")
                .post(
                        path(a) + "/cancel",
                        Json.createObjectBuilder()
                                .add("version", a.getInt("version"))
                                .add("reason", "改期")
                                .build()
                                .toString());
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertEquals(
                "CANCELLED",
                ok(Api.as("office").get("/api/v1/studyhall/bookings/" + booking), 200)
                        .getString("status"));
        assertEquals(
                201,
                Api.as("office")
                        .post(
                                "/api/v1/studyhall/bookings",
                                Hall.booking(space, Hall.at(day, 15, 0), Hall.at(day, 16, 0), "占用", 5))
                        .status(),
                "the released slot can be booked again");
        assertProblem(409, "activity-state", step("office", cancelled.json(), "OPEN"));
    }

    @Test
    void anotherClerkOfTheOfficeMovesAndCancelsTheActivityAndItsBookingWhoeverBookedIt() {
        String clerk = org.tongxin.support.Fixtures.username("cs-clerk");
        org.tongxin.support.Fixtures.account(clerk, "Initial-Pass-2026", "office-staff");
        Api colleague = Api.as(clerk, "Initial-Pass-2026");
        long space = Hall.newSpace(60, false, 0);
        LocalDate day = Hall.openDay(22);
        JsonObject a = created("office", inSpace(space, day, 9));
        long booking = a.getJsonNumber("bookingId").longValue();

        // in the study hall the booking stays its booker's: the colleague may not cancel it there
        assertEquals(
                403,
                colleague
                        .post("/api/v1/studyhall/bookings/" + booking + "/cancel", "{\"reason\":\"不是本人预约\"}")
                        .status());

        // through the activity, the office's own record, the colleague moves it in the same space ...
        JsonObject moved = ok(
                colleague.put(
                        path(a),
                        inSpace(space, day, 14)
                                .add("version", a.getInt("version"))
                                .build()
                                .toString()),
                200);
        assertEquals(booking, moved.getJsonNumber("bookingId").longValue(), "the same booking, moved");
        assertTrue(
                ok(Api.as("office").get("/api/v1/studyhall/bookings/" + booking), 200)
                        .getString("start")
                        .startsWith(day + "T14:00"),
                "the engine moved the booking");

        // ... and cancels it: the booking is released by the engine, though another clerk booked it
        Api.Reply cancelled = colleague.post(
                path(a) + "/cancel",
                Json.createObjectBuilder()
                        .add("version", moved.getInt("version"))
                        .add("reason", "领导日程调整")
                        .build()
                        .toString());
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertEquals(
                "CANCELLED",
                ok(Api.as("office").get("/api/v1/studyhall/bookings/" + booking), 200)
                        .getString("status"));
    }

    @Test
    void membersBeyondTheCapAreRefusedAndSignUpOpensOnlyWithTheOffice() {
        JsonObject a = created("office", atPlace("提高提案办理质效", now().plusDays(5), 2));
        assertProblem(409, "signup-closed", Api.as("member1").post(path(a) + "/signup", "{}"));
        a = stepped(a, "OPEN", "OPEN");
        assertEquals(201, Api.as("member1").post(path(a) + "/signup", "{}").status());
        JsonObject two = ok(Api.as("member2").post(path(a) + "/signup", "{}"), 201);
        assertEquals("SIGNED_UP", two.getJsonObject("mine").getString("joined"));
        assertEquals(2, two.getInt("members"));
        assertProblem(409, "activity-full", Api.as("member3").post(path(a) + "/signup", "{}"));
        assertProblem(409, "already-participant", Api.as("member2").post(path(a) + "/signup", "{}"));
        long third = memberIdOf("member3", a);
        assertProblem(
                409, "activity-full", Api.as("office").post(path(a) + "/participants", "{\"memberId\":" + third + "}"));
        // a department does not take a member's place
        JsonObject guest = ok(
                Api.as("office")
                        .post(
                                path(a) + "/participants",
                                "{\"kind\":\"DEPARTMENT\",\"name\":\"市政府办公室\",\"unit\":\"大同市人民政府\"}"),
                201);
        assertEquals(3, guest.getJsonArray("participants").size());
        assertEquals(200, Api.as("member2").delete(path(a) + "/signup").status());
        assertEquals(201, Api.as("member3").post(path(a) + "/signup", "{}").status());
    }

    @Test
    void checkInByTheCodeIsCreditedInTheLedgerWhenTheActivityIsHeldAndUntickingWithdrawsIt() {
        OffsetDateTime start = now().plusMinutes(30);
        JsonObject a = created("office", atPlace("推进义务教育优质均衡发展", start, 20));
        a = stepped(a, "OPEN", "OPEN");
        JsonObject mine = ok(Api.as("member4").post(path(a) + "/signup", "{}"), 201);
        long member = mine.getJsonObject("mine").getJsonNumber("memberId").longValue();
        String code = a.getString("checkinCode");
        assertTrue(absent(ok(Api.as("member4").get(path(a)), 200), "checkinCode"), "a member never sees the code");
        assertTrue(absent(ok(Api.as("leader").get(path(a)), 200), "checkinCode"), "nor a leader");

        assertProblem(
                422, "bad-code", Api.as("member4").post("/api/v1/consultation/check-in", "{\"code\":\"WRONG234\"}"));
        assertProblem(
                409,
                "not-participant",
                Api.as("member5").post("/api/v1/consultation/check-in", "{\"code\":\"" + code + "\"}"));
        JsonObject checkedIn = ok(
                Api.as("member4").post("/api/v1/consultation/check-in", "{\"code\":\"" + code.toLowerCase() + "\"}"),
                200);
        assertTrue(checkedIn.getJsonObject("mine").getBoolean("checkedIn"));
        long pid = participant(checkedIn, member);
        String source = "consultation:attendance:" + pid;
        assertTrue(entry(member, source).isEmpty(), "no points before the activity is held");

        // the consultation began (the office moves the start it recorded), then is recorded as held
        a = ok(Api.as("office").get(path(a)), 200);
        JsonObject moved = ok(
                Api.as("office")
                        .put(
                                path(a),
                                atPlace("推进义务教育优质均衡发展", now().minusMinutes(1), 20)
                                        .add("version", a.getInt("version"))
                                        .build()
                                        .toString()),
                200);
        assertProblem(403, "activity-step-role", step("leader", moved, "HOLD"));
        JsonObject held = stepped(moved, "HOLD", "HELD");
        assertEquals(1, held.getInt("present"));
        JsonObject credit = entry(member, source).orElseThrow(() -> new AssertionError("attendance not credited"));
        assertEquals("CONSULTATION", credit.getString("category"));
        assertEquals("office", credit.getString("recordedBy"));

        ok(Api.as("office").post(path(held) + "/participants/" + pid + "/attendance", "{\"present\":false}"), 200);
        assertTrue(entry(member, source).isEmpty(), "the unticked attendance is withdrawn");
        ok(Api.as("office").post(path(held) + "/participants/" + pid + "/attendance", "{\"present\":true}"), 200);
        assertTrue(entry(member, source).isPresent(), "ticked again, credited again");
        assertProblem(409, "activity-state", step("office", held, "CANCEL"));
    }

    @Test
    void aSelectedSpeechDeliveredEarnsItsAuthorPointsAndUnmarkingWithdrawsThem() {
        JsonObject a = created("office", atPlace("文旅融合与古城保护", now().minusHours(1), 20));
        JsonObject submitted = ok(
                Api.as("member6")
                        .post(path(a) + "/speeches", "{\"title\":\"古城保护要留住烟火气\",\"text\":\"建议设立古城保护专项议事机制。\"}"),
                201);
        long member = submitted.getJsonObject("mine").getJsonNumber("memberId").longValue();
        long speech = submitted.getJsonObject("mine").getJsonNumber("speechId").longValue();
        assertEquals(1, submitted.getJsonArray("speeches").size());
        assertEquals(
                0,
                ok(Api.as("member7").get(path(a)), 200).getJsonArray("speeches").size(),
                "another member does not read the speech");
        String source = "consultation:speech:" + speech;
        assertProblem(
                422,
                "speech-not-selected",
                Api.as("office").post(path(a) + "/speeches/" + speech + "/delivery", "{\"delivered\":true}"));
        assertProblem(
                403,
                "forbidden",
                Api.as("member6").post(path(a) + "/speeches/" + speech + "/selection", "{\"selected\":true}"));
        ok(Api.as("office").post(path(a) + "/speeches/" + speech + "/selection", "{\"selected\":true}"), 200);
        JsonObject delivered =
                ok(Api.as("office").post(path(a) + "/speeches/" + speech + "/delivery", "{\"delivered\":true}"), 200);
        assertTrue(delivered.getJsonArray("speeches").getJsonObject(0).getBoolean("delivered"));
        assertEquals(
                "CONSULTATION_SPEECH",
                entry(member, source)
                        .orElseThrow(() -> new AssertionError("speech not credited"))
                        .getString("category"));
        ok(Api.as("office").post(path(a) + "/speeches/" + speech + "/delivery", "{\"delivered\":false}"), 200);
        assertTrue(entry(member, source).isEmpty(), "the unmarked speech is withdrawn");
    }

    @Test
    void eachMemberOfAResearchTripDoneIsCredited() {
        JsonObject a = created("office", atPlace("老旧小区地下管网改造", now().plusDays(10), 20));
        long m8 = memberIdOf("member8", a);
        long m9 = memberIdOf("member9", a);
        String today = now().toLocalDate().toString();
        JsonObject withTrip = ok(
                Api.as("office")
                        .post(
                                path(a) + "/research",
                                Json.createObjectBuilder()
                                        .add("on", today)
                                        .add("place", "平城区新建南路社区")
                                        .add(
                                                "memberIds",
                                                Json.createArrayBuilder()
                                                        .add(m8)
                                                        .add(m9))
                                        .add("findings", "地下室管道老化渗漏，物业与社区职责不清。")
                                        .add(
                                                "documents",
                                                Json.createArrayBuilder()
                                                        .add("调研报告.docx")
                                                        .add("现场照片"))
                                        .build()
                                        .toString()),
                201);
        JsonObject trip = withTrip.getJsonArray("research").getJsonObject(0);
        assertEquals(
                List.of("调研报告.docx", "现场照片"),
                trip.getJsonArray("documents").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        long tripId = trip.getJsonNumber("id").longValue();
        String source = "consultation:research:" + tripId;
        assertTrue(entry(m8, source).isEmpty());
        JsonObject done = ok(Api.as("office").post(path(a) + "/research/" + tripId + "/done", "{}"), 200);
        assertTrue(done.getJsonArray("research").getJsonObject(0).getBoolean("done"));
        for (long m : new long[] {m8, m9}) {
            assertEquals(
                    "CONSULTATION_RESEARCH",
                    entry(m, source)
                            .orElseThrow(() -> new AssertionError("research not credited"))
                            .getString("category"));
        }
        assertProblem(409, "research-done", Api.as("office").post(path(a) + "/research/" + tripId + "/done", "{}"));
        JsonObject future = ok(
                Api.as("office")
                        .post(
                                path(a) + "/research",
                                Json.createObjectBuilder()
                                        .add(
                                                "on",
                                                now().toLocalDate().plusDays(3).toString())
                                        .add("place", "市住建局")
                                        .add(
                                                "memberIds",
                                                Json.createArrayBuilder().add(m8))
                                        .build()
                                        .toString()),
                201);
        long later = future.getJsonArray("research")
                .getJsonObject(1)
                .getJsonNumber("id")
                .longValue();
        assertProblem(422, "research-in-future", Api.as("office").post(path(a) + "/research/" + later + "/done", "{}"));
    }

    /** A trip of today with one member, on a new activity of the city; answers the trip's id. */
    private static long tripOf(JsonObject a, long member) {
        JsonObject withTrip = ok(
                Api.as("office")
                        .post(
                                path(a) + "/research",
                                Json.createObjectBuilder()
                                        .add("on", now().toLocalDate().toString())
                                        .add("place", "大同市城区老旧小区")
                                        .add(
                                                "memberIds",
                                                Json.createArrayBuilder().add(member))
                                        .add(
                                                "documents",
                                                Json.createArrayBuilder().add("住建局座谈纪要（纸本存档）"))
                                        .build()
                                        .toString()),
                201);
        return withTrip.getJsonArray("research")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void researchDocumentsAreUploadedFilesCheckedByContentRunByTheOfficeAndDownloadedByWhoSeesTheActivity() {
        JsonObject a = created("office", atPlace("老旧小区加装电梯", now().plusDays(12), 20));
        long trip = tripOf(a, memberIdOf("member8", a));
        String files = path(a) + "/research/" + trip + "/attachments";
        String upload =
                files + "?name=" + java.net.URLEncoder.encode("调研报告.pdf", java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.4\n% 老旧小区加装电梯调研报告\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply stored = Api.as("office").postBytes(upload, pdf, "application/octet-stream");
        assertEquals(201, stored.status(), stored::toString);
        assertEquals("application/pdf", stored.json().getString("contentType"));
        assertEquals("调研报告.pdf", stored.json().getString("fileName"));
        assertEquals(64, stored.json().getString("sha256").length());
        long file = stored.json().getJsonNumber("id").longValue();

        assertProblem(
                422,
                "file-type",
                Api.as("office")
                        .postBytes(
                                upload,
                                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "application/pdf"));
        assertProblem(
                422,
                "file-type",
                Api.as("office").postBytes(files + "?name=report.exe", pdf, "application/octet-stream"));
        assertProblem(403, "forbidden", Api.as("member8").postBytes(upload, pdf, "application/octet-stream"));
        assertProblem(403, "forbidden", Api.as("leader").postBytes(upload, pdf, "application/octet-stream"));
        assertProblem(404, "not-found", Api.as("office-pc").postBytes(upload, pdf, "application/octet-stream"));

        JsonObject detail = ok(Api.as("member8").get(path(a)), 200);
        JsonObject shown = detail.getJsonArray("research").getJsonObject(0);
        assertEquals(1, shown.getJsonArray("attachments").size(), shown::toString);
        assertEquals(
                "住建局座谈纪要（纸本存档）",
                shown.getJsonArray("documents").getString(0),
                "the documents written as references stay beside the files");
        assertEquals(1, Api.as("leader").get(files).array().size(), "a leader of the organisation lists the files");

        for (String who : new String[] {"member8", "member1", "leader", "office"}) {
            var download = Api.as(who).download(files + "/" + file);
            assertEquals(200, download.statusCode(), who);
            assertTrue(java.util.Arrays.equals(pdf, download.body()), "the same bytes come back to " + who);
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .startsWith("attachment;"));
            assertEquals(
                    "nosniff",
                    download.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        }
        assertEquals(404, Api.as("office-pc").download(files + "/" + file).statusCode(), "another organisation");
        assertProblem(404, "not-found", Api.as("office-pc").get(files));

        assertProblem(403, "forbidden", Api.as("member8").delete(files + "/" + file));
        JsonObject removed = ok(Api.as("office").delete(files + "/" + file), 200);
        assertTrue(removed.getJsonArray("research")
                .getJsonObject(0)
                .getJsonArray("attachments")
                .isEmpty());
        assertEquals(404, Api.as("member8").download(files + "/" + file).statusCode(), "removed");
    }

    @Test
    void aReadingGroupOfTheOrganisationIsLinkedAsTheActivitysTopicGroup() {
        JsonObject a = created("office", atPlace("城市更新与历史街区保护", now().plusDays(14), 20));
        String name = Api.unique("古城保护专题读书群");
        long group = ok(
                        Api.as("office")
                                .post(
                                        "/api/v1/studyhall/reading-groups",
                                        Json.createObjectBuilder()
                                                .add("name", name)
                                                .add("topic", "大同古城保护与活化利用")
                                                .build()
                                                .toString()),
                        201)
                .getJsonNumber("id")
                .longValue();
        assertTrue(
                Api.as("office").get(path(a) + "/reading-groups").array().getValuesAs(JsonObject.class).stream()
                        .anyMatch(g -> g.getJsonNumber("id").longValue() == group),
                "the organisation's groups are offered");
        assertTrue(absent(ok(Api.as("office").get(path(a)), 200), "readingGroup"));

        JsonObject linked =
                ok(Api.as("office").put(path(a) + "/reading-group", "{\"readingGroupId\":" + group + "}"), 200);
        assertEquals(
                group, linked.getJsonObject("readingGroup").getJsonNumber("id").longValue());
        assertEquals(name, linked.getJsonObject("readingGroup").getString("name"));
        assertEquals(
                "大同古城保护与活化利用",
                ok(Api.as("member8").get(path(a)), 200)
                        .getJsonObject("readingGroup")
                        .getString("topic"),
                "members who see the activity see its topic group");

        long districts = ok(
                        Api.as("office-pc")
                                .post(
                                        "/api/v1/studyhall/reading-groups",
                                        Json.createObjectBuilder()
                                                .add("name", Api.unique("平城区读书群"))
                                                .add("topic", "背街小巷")
                                                .build()
                                                .toString()),
                        201)
                .getJsonNumber("id")
                .longValue();
        assertProblem(
                422,
                "invalid-input",
                Api.as("office").put(path(a) + "/reading-group", "{\"readingGroupId\":" + districts + "}"));
        assertProblem(
                422,
                "invalid-input",
                Api.as("office").put(path(a) + "/reading-group", "{\"readingGroupId\":987654321}"));
        assertProblem(
                403,
                "forbidden",
                Api.as("member8").put(path(a) + "/reading-group", "{\"readingGroupId\":" + group + "}"));
        assertProblem(403, "forbidden", Api.as("member8").get(path(a) + "/reading-groups"));
        JsonObject district = created("office-pc", atPlace("平城区读书与协商", now().plusDays(9), 10));
        assertProblem(
                403,
                "activity-not-own",
                Api.as("office").put(path(district) + "/reading-group", "{\"readingGroupId\":" + group + "}"));

        assertTrue(absent(ok(Api.as("office").delete(path(a) + "/reading-group"), 200), "readingGroup"));
    }

    @Test
    void aDistrictCannotSeeTheCitysActivityAndTheCitySeesButCannotRunTheDistricts() {
        JsonObject city = created("office", atPlace("完善委员联系群众工作机制", now().plusDays(7), 20));
        assertProblem(404, "not-found", Api.as("office-pc").get(path(city)));
        assertProblem(404, "not-found", step("office-pc", city, "OPEN"));
        assertFalse(
                ok(Api.as("office-pc").get(ACTIVITIES + "?size=200"), 200)
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(a -> a.getJsonNumber("id").longValue()
                                == city.getJsonNumber("id").longValue()),
                "the district's list leaves the city's out");

        JsonObject district = created("office-pc", atPlace("平城区背街小巷整治", now().plusDays(7), 20));
        JsonObject seen = ok(Api.as("office").get(path(district)), 200);
        assertFalse(seen.getBoolean("editable"));
        assertTrue(seen.getJsonArray("steps").isEmpty());
        assertTrue(absent(seen, "checkinCode"));
        assertProblem(403, "activity-not-own", step("office", district, "OPEN"));
        assertProblem(
                403,
                "activity-not-own",
                Api.as("office").post(path(district) + "/participants", "{\"kind\":\"EXPERT\",\"name\":\"专家\"}"));
        assertProblem(404, "not-found", Api.as("member1").get(path(district)));
        assertProblem(404, "not-found", Api.as("member1").post(path(district) + "/signup", "{}"));
        assertProblem(
                403,
                "forbidden",
                Api.as("leader")
                        .post(
                                ACTIVITIES,
                                atPlace("领导不能新建", now().plusDays(3), 5).build().toString()));
        assertEquals(200, Api.as("leader").get(path(city)).status());
        assertEquals(200, Api.as("leader").get(ACTIVITIES + "?state=PLANNED").status());
        assertProblem(422, "invalid-input", Api.as("office").get(ACTIVITIES + "?state=NOPE"));
    }

    @Test
    void theDemoCityHeldAPlanItemWithItsCreditsAndHasOneOpenForSignUp() {
        int year = now().getYear();
        List<JsonObject> items = ok(Api.as("office").get(ACTIVITIES + "?year=" + year + "&size=200"), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject held = items.stream()
                .filter(a -> "HELD".equals(a.getString("state"))
                        && a.getString("topic").contains("提案办理"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(items.toString()));
        assertFalse(absent(held, "planItemId"));
        JsonObject detail = ok(Api.as("office").get(ACTIVITIES + "/" + held.getJsonNumber("id")), 200);
        assertEquals(6, detail.getInt("present"));
        assertTrue(detail.getJsonArray("research").getJsonObject(0).getBoolean("done"));
        assertTrue(detail.getJsonArray("speeches").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getBoolean("delivered")));
        List<JsonObject> open = ok(Api.as("office").get(ACTIVITIES + "?year=" + year + "&state=OPEN&size=200"), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        // the open one is about a month ahead: in the next year near the year's end
        if (open.stream().noneMatch(a -> a.getString("topic").contains("老旧小区"))) {
            open = ok(Api.as("office").get(ACTIVITIES + "?year=" + (year + 1) + "&state=OPEN&size=200"), 200)
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
        }
        JsonObject signUp = open.stream()
                .filter(a -> a.getString("topic").contains("老旧小区"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open demo activity"));
        assertFalse(absent(signUp, "bookingId"), "booked in the study hall");
        assertTrue(signUp.getInt("members") >= 3);
        assertTrue(Duration.between(now(), OffsetDateTime.parse(signUp.getString("start")))
                        .toDays()
                >= 20);
    }
}
