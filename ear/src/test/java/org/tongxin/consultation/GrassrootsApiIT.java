package org.tongxin.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Grassroots consultation, five parties and six steps, through the REST API: the paged list by step, the counts of an
 * organisation and those below it, a concern of the diary made a topic and taken through the six steps by the office,
 * the members at the meeting credited in the same transaction, each step for its role only and from its state only,
 * a member's proposal from their own concern, visibility across organisations, and the validation problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrassrootsApiIT {

    private static final String API = "/api/v1/consultation";
    private static final String TOPICS = API + "/grassroots";
    private static final String COUNTS = API + "/counts";
    private static final List<String> STEPS =
            List.of("COLLECT", "TOPIC", "RESEARCH", "DELIBERATE", "PUBLISH", "FOLLOW_UP", "DONE");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theListIsPagedAndFilteredByStep() {
        Api.Reply all = Api.as("office-lz").get(TOPICS + "?size=3");
        assertEquals(200, all.status(), all::toString);
        JsonObject page = all.json();
        assertEquals(Set.of("items", "page", "size", "total"), page.keySet());
        assertEquals(0, page.getInt("page"));
        assertEquals(3, page.getInt("size"));
        assertTrue(page.getInt("total") >= 7, "the demo's Luzhou topics: " + page);
        assertEquals(3, page.getJsonArray("items").size());

        for (String step : STEPS) {
            JsonObject p =
                    Api.as("office-lz").get(TOPICS + "?size=50&step=" + step).json();
            assertTrue(p.getInt("total") >= 1, "the demo has a topic at " + step);
            assertEquals(
                    p.getJsonArray("items").size(),
                    p.getInt("total"),
                    "the total by step (kept as a tally) is the number of topics at the step");
            assertTrue(p.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .allMatch(t -> t.getString("step").equals(step)));
        }
        JsonObject done = Api.as("office-lz").get(TOPICS + "?step=done&size=50").json();
        JsonObject pipe = done.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").equals("老旧小区地下室管道漏水"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(done.toString()));
        assertEquals("SOLVED", pipe.getString("result"));
        assertEquals("潞州区政协", pipe.getString("organisationName"));

        JsonObject detail = Api.as("office-lz").get(TOPICS + "/" + id(pipe)).json();
        assertEquals(7, detail.getJsonArray("steps").size(), "a record for each step, COLLECT to DONE");
        JsonObject parties = detail.getJsonObject("parties");
        assertEquals(Set.of("members", "partyBranch", "property", "police", "residents"), parties.keySet());
        assertEquals(3, parties.getJsonArray("members").size(), "two district members and one of the city");
        assertFalse(detail.getString("feedback").isBlank());

        assertProblem(422, "invalid-input", Api.as("office-lz").get(TOPICS + "?step=VOTE"));
        assertProblem(422, "invalid-page", Api.as("office-lz").get(TOPICS + "?size=0"));
        assertProblem(422, "invalid-page", Api.as("office-lz").get(TOPICS + "?page=-1"));
    }

    @Test
    void topicsAreSeenByTheirOrganisationAndThoseAboveOnly() {
        long pipe = luzhouTopic("DONE");
        assertProblem(404, "not-found", Api.as("office").get(TOPICS + "/" + pipe));
        assertFalse(ids(Api.as("office").get(TOPICS + "?size=200&step=DONE")).contains(pipe), "Datong's office");

        String cityLeader = account("SX-CZ", "leader");
        assertTrue(ids(Api.as(cityLeader, PASSWORD).get(TOPICS + "?size=200&step=DONE"))
                .contains(pipe));
        assertEquals(200, Api.as(cityLeader, PASSWORD).get(TOPICS + "/" + pipe).status());
        String today = counts("office-lz", "").getString("to");
        String period = "?from=" + java.time.LocalDate.parse(today).minusDays(60) + "&to=" + today;
        JsonObject district = counts("office-lz", period);
        JsonObject city = Api.as(cityLeader, PASSWORD).get(COUNTS + period).json();
        assertTrue(city.getInt("consultations") >= district.getInt("consultations"), "the city counts its districts");
        assertTrue(city.getInt("consultations") >= 4, city::toString);

        // the city's office sees the district's topic but does not take it forward
        String cityOffice = account("SX-CZ", "office-staff");
        long research = luzhouTopic("RESEARCH");
        JsonObject topic =
                Api.as(cityOffice, PASSWORD).get(TOPICS + "/" + research).json();
        assertTrue(absent(topic, "next"), "no step for another organisation's office");
        assertProblem(
                403,
                "grassroots-not-own",
                Api.as(cityOffice, PASSWORD)
                        .post(
                                TOPICS + "/" + research + "/steps",
                                meeting(topic, List.of()).toString()));

        assertEquals(403, Api.as("editor").get(TOPICS).status());
        assertEquals(403, Api.as("keeper").get(COUNTS).status());
        assertEquals(403, Api.as("member1").get(COUNTS).status(), "the figures are for office staff and leaders");
    }

    @Test
    void aConcernBecomesATopicThatTheOfficeTakesThroughTheSixStepsAndTheMembersPresentAreCredited() {
        String today = counts("office", "").getString("to");
        String period = "?from=" + today + "&to=" + today;
        JsonObject before = counts("office", period);
        long member1 = memberId("member1", "zwm");
        long concern = concern("member1", member1, "地下室管道漏水 " + Api.unique("g"));
        JsonObject afterConcern = counts("office", period);
        assertEquals(before.getInt("demandsCollected") + 1, afterConcern.getInt("demandsCollected"));

        int collecting = stepTotal("office", "COLLECT");
        int topicked = stepTotal("office", "TOPIC");
        Api.Reply created = Api.as("office").post(TOPICS, "{\"concernId\":" + concern + "}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(collecting + 1, stepTotal("office", "COLLECT"), "a new topic counts at COLLECT");
        JsonObject topic = created.json();
        assertEquals("COLLECT", topic.getString("step"));
        assertEquals("CONCERN", topic.getString("source"));
        assertEquals(concern, topic.getJsonNumber("concernId").longValue());
        assertEquals(member1, topic.getJsonNumber("authorMemberId").longValue());
        assertEquals("张伟明", topic.getString("authorName"));
        assertEquals("TOPIC", topic.getString("next"));
        assertEquals(
                afterConcern.getInt("demandsCollected"),
                counts("office", period).getInt("demandsCollected"),
                "a concern made a topic counts once, as a concern");
        assertProblem(409, "concern-taken", Api.as("office").post(TOPICS, "{\"concernId\":" + concern + "}"));

        // the author follows it; another member does not see it
        assertTrue(ids(Api.as("member1").get(TOPICS)).contains(id(topic)));
        assertEquals(200, Api.as("member1").get(TOPICS + "/" + id(topic)).status());
        assertProblem(404, "not-found", Api.as("member2").get(TOPICS + "/" + id(topic)));

        // each step for its role only, from its state only
        assertProblem(
                403,
                "grassroots-step-role",
                Api.as("leader")
                        .post(stepPath(topic), step(topic, "TOPIC", "定题").toString()));
        assertProblem(
                403,
                "grassroots-step-role",
                Api.as("member1")
                        .post(stepPath(topic), step(topic, "TOPIC", "定题").toString()));
        assertProblem(
                409,
                "grassroots-state",
                Api.as("office")
                        .post(stepPath(topic), step(topic, "RESEARCH", "调研").toString()));
        assertProblem(
                422,
                "required",
                Api.as("office").post(stepPath(topic), step(topic, "TOPIC", " ").toString()));
        topic = take("office", topic, step(topic, "TOPIC", "联络组确定议题"), "TOPIC");
        assertEquals(before.getInt("topics") + 1, counts("office", period).getInt("topics"));
        assertEquals(collecting, stepTotal("office", "COLLECT"), "a step moves the topic out of the tally of its last");
        assertEquals(topicked + 1, stepTotal("office", "TOPIC"), "and into the tally of its new one");
        Api.Reply stale = Api.as("office")
                .post(
                        stepPath(topic),
                        Json.createObjectBuilder(step(topic, "RESEARCH", "调研"))
                                .add("version", topic.getInt("version") - 1)
                                .build()
                                .toString());
        assertProblem(409, "stale", stale);
        assertProblem(
                409,
                "grassroots-state",
                Api.as("office")
                        .post(stepPath(topic), meeting(topic, List.of(member1)).toString()));
        topic = take("office", topic, step(topic, "RESEARCH", "委员实地查看"), "RESEARCH");

        // the meeting: members of both levels picked from the roster, four parties by name, the result
        long member3 = Api.as("office")
                .get(TOPICS + "/" + id(topic) + "/attendees")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .mapToLong(m -> m.getJsonNumber("id").longValue())
                .filter(m -> m != member1)
                .findFirst()
                .orElseThrow();
        long luzhouMember = Api.as("office-lz")
                .get(TOPICS + "/" + luzhouTopic("RESEARCH") + "/attendees")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertField(
                422,
                "members",
                Api.as("office").post(stepPath(topic), meeting(topic, List.of()).toString()));
        assertField(
                422,
                "members",
                Api.as("office")
                        .post(
                                stepPath(topic),
                                meeting(topic, List.of(member1, luzhouMember)).toString()));
        JsonObject noResidents = Json.createObjectBuilder(meeting(topic, List.of(member1)))
                .add(
                        "meeting",
                        Json.createObjectBuilder(
                                        meeting(topic, List.of(member1)).getJsonObject("meeting"))
                                .add("residents", Json.createArrayBuilder()))
                .build();
        assertField(422, "residents", Api.as("office").post(stepPath(topic), noResidents.toString()));
        JsonObject partly = Json.createObjectBuilder(meeting(topic, List.of(member1)))
                .add(
                        "meeting",
                        Json.createObjectBuilder(
                                        meeting(topic, List.of(member1)).getJsonObject("meeting"))
                                .add("result", "PARTLY"))
                .build();
        assertField(422, "reasons", Api.as("office").post(stepPath(topic), partly.toString()));
        assertTrue(dutyEntry(member1, id(topic)) == null, "nothing credited by a refused meeting");

        topic = take("office", topic, meeting(topic, List.of(member1, member3)), "DELIBERATE");
        assertEquals("SOLVED", topic.getString("result"));
        assertEquals(2, topic.getJsonObject("parties").getJsonArray("members").size());
        assertEquals(List.of("居民代表 陈大爷", "居民代表 孙阿姨"), strings(topic.getJsonObject("parties"), "residents"));
        JsonObject entry = dutyEntry(member1, id(topic));
        assertTrue(entry != null, "the member at the meeting is credited in the same transaction");
        assertEquals("GRASSROOTS_CONSULTATION", entry.getString("category"));
        assertTrue(dutyEntry(member3, id(topic)) != null);
        JsonObject after = counts("office", period);
        assertEquals(before.getInt("consultations") + 1, after.getInt("consultations"));
        assertEquals(before.getInt("solved") + 1, after.getInt("solved"));

        topic = take("office", topic, step(topic, "PUBLISH", "社区公示栏公示七天"), "PUBLISH");
        topic = take("office", topic, step(topic, "FOLLOW_UP", "物业更换管道"), "FOLLOW_UP");
        assertField(
                422,
                "feedback",
                Api.as("office").post(stepPath(topic), step(topic, "DONE", "办结").toString()));
        JsonObject done = Json.createObjectBuilder(step(topic, "DONE", "办结"))
                .add("feedback", "已电话告知张伟明委员及反映群众：管道已更换")
                .build();
        topic = take("office", topic, done, "DONE");
        assertEquals("已电话告知张伟明委员及反映群众：管道已更换", topic.getString("feedback"));
        assertEquals(today, topic.getString("feedbackOn"));
        assertTrue(absent(topic, "next"));
        assertEquals(
                STEPS,
                topic.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("step"))
                        .toList());
        assertEquals(
                "已电话告知张伟明委员及反映群众：管道已更换",
                Api.as("member1").get(TOPICS + "/" + id(topic)).json().getString("feedback"),
                "the author reads what they were told");
    }

    @Test
    void aMemberOfTheTownsLiaisonGroupProposesATopicFromTheirOwnConcern() {
        long member2 = memberId("member2", "zxy");
        JsonObject point = Api.as("member2")
                .get("/api/v1/liaison/members/" + member2 + "/points")
                .array()
                .getJsonObject(0);
        long concern = concern("member2", member2, "楼道堆物 " + Api.unique("g"));
        long datong = Fixtures.organisationId("SX-DT");
        JsonObject town = Api.as("office")
                .get("/api/v1/liaison/towns?organisation=" + datong)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("name").equals(point.getString("townName")))
                .findFirst()
                .orElseThrow();
        boolean inGroup = town.getJsonArray("groupMembers").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == member2);
        if (!inGroup) {
            assertProblem(
                    403, "grassroots-not-in-group", Api.as("member2").post(TOPICS, "{\"concernId\":" + concern + "}"));
            Api.Reply joined = Api.as("office")
                    .post("/api/v1/liaison/towns/" + id(town) + "/members", "{\"memberId\":" + member2 + "}");
            assertEquals(204, joined.status(), joined::toString);
        }
        long other = concern("member1", memberId("member1", "zwm"), "别人的诉求 " + Api.unique("g"));
        assertField(422, "concernId", Api.as("member2").post(TOPICS, "{\"concernId\":" + other + "}"));
        assertField(422, "concernId", Api.as("member2").post(TOPICS, "{\"townId\":" + id(town) + ",\"title\":\"自拟\"}"));

        Api.Reply made = Api.as("member2").post(TOPICS, "{\"concernId\":" + concern + ",\"title\":\"楼道堆物影响消防\"}");
        assertEquals(201, made.status(), made::toString);
        JsonObject topic = made.json();
        assertEquals("楼道堆物影响消防", topic.getString("title"));
        assertEquals("COLLECT", topic.getString("step"));
        assertTrue(absent(topic, "next"), "a member takes no further step");
        assertEquals(id(town), topic.getJsonNumber("townId").longValue());
        assertEquals(200, Api.as("office").get(TOPICS + "/" + id(topic)).status(), "the office takes it from there");
        assertEquals(
                "TOPIC", Api.as("office").get(TOPICS + "/" + id(topic)).json().getString("next"));
    }

    @Test
    void theOfficeCollectsTopicsAtAContactPointOrTypedAndTheyCountAsDemands() {
        String today = counts("office-lz", "").getString("to");
        String period = "?from=" + today + "&to=" + today;
        JsonObject before = counts("office-lz", period);
        assertEquals(
                before.getInt("demandsCollected"),
                before.getInt("concernsRecorded") + before.getInt("collectedOtherwise"));
        // whole months come from the monthly roll-up, the other days from the topics: both must see the new topic
        java.time.LocalDate day = java.time.LocalDate.parse(today);
        String wholeMonths = "?from=" + day.withDayOfMonth(1).minusMonths(1) + "&to="
                + day.withDayOfMonth(1).plusMonths(2).minusDays(1);
        String mixed = "?from=" + day.withDayOfMonth(1).minusMonths(1).plusDays(14) + "&to="
                + day.withDayOfMonth(1).plusMonths(1).minusDays(1);
        // and periods of years: whole years from the yearly roll-up, with months and days around them
        java.time.LocalDate newYear = day.withDayOfYear(1);
        String wholeYears =
                "?from=" + newYear.minusYears(1) + "&to=" + newYear.plusYears(2).minusDays(1);
        String mixedYears = "?from=" + newYear.minusMonths(3).plusDays(9) + "&to="
                + newYear.plusYears(1).plusMonths(2).plusDays(4);
        int wholeBefore = counts("office-lz", wholeMonths).getInt("collectedOtherwise");
        int mixedBefore = counts("office-lz", mixed).getInt("collectedOtherwise");
        int wholeYearsBefore = counts("office-lz", wholeYears).getInt("collectedOtherwise");
        int mixedYearsBefore = counts("office-lz", mixedYears).getInt("collectedOtherwise");
        JsonObject town = Api.as("office-lz").get(TOPICS + "/towns").array().getJsonObject(0);
        Api.Reply typed = Api.as("office-lz")
                .post(TOPICS, "{\"townId\":" + id(town) + ",\"title\":\"社区缺少公共充电桩\",\"description\":\"电动车充电难\"}");
        assertEquals(201, typed.status(), typed::toString);
        assertEquals("OFFICE", typed.json().getString("source"));
        assertEquals(today, typed.json().getString("collectedOn"));
        JsonObject after = counts("office-lz", period);
        assertEquals(before.getInt("demandsCollected") + 1, after.getInt("demandsCollected"));
        assertEquals(before.getInt("collectedOtherwise") + 1, after.getInt("collectedOtherwise"));
        assertEquals(wholeBefore + 1, counts("office-lz", wholeMonths).getInt("collectedOtherwise"), "the roll-up");
        assertEquals(mixedBefore + 1, counts("office-lz", mixed).getInt("collectedOtherwise"), "roll-up and days");
        assertEquals(
                wholeYearsBefore + 1,
                counts("office-lz", wholeYears).getInt("collectedOtherwise"),
                "the yearly roll-up");
        assertEquals(
                mixedYearsBefore + 1,
                counts("office-lz", mixedYears).getInt("collectedOtherwise"),
                "years, months and days");
        assertEquals(
                Set.of(
                        "from",
                        "to",
                        "organisationId",
                        "organisationName",
                        "demandsCollected",
                        "topics",
                        "consultations",
                        "solved",
                        "concernsRecorded",
                        "collectedOtherwise"),
                after.keySet());

        assertField(422, "townId", Api.as("office-lz").post(TOPICS, "{\"title\":\"无镇街\"}"));
        assertField(422, "title", Api.as("office-lz").post(TOPICS, "{\"townId\":" + id(town) + ",\"title\":\" \"}"));
        assertField(
                422,
                "collectedOn",
                Api.as("office-lz")
                        .post(TOPICS, "{\"townId\":" + id(town) + ",\"title\":\"t\",\"collectedOn\":\"2999-01-01\"}"));
        long datongTown = Api.as("office")
                .get(TOPICS + "/towns")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertField(
                422, "townId", Api.as("office-lz").post(TOPICS, "{\"townId\":" + datongTown + ",\"title\":\"外单位\"}"));
        assertEquals(
                403,
                Api.as("leader")
                        .post(TOPICS, "{\"townId\":" + datongTown + ",\"title\":\"领导\"}")
                        .status());
        assertField(422, "to", Api.as("office-lz").get(COUNTS + "?from=2026-02-01&to=2026-01-01"));
        assertField(422, "from", Api.as("office-lz").get(COUNTS + "?from=yesterday&to=2026-01-01"));
    }

    // ---- helpers

    private static final String PASSWORD = "Grassroots-Pass-2026";

    /** A new account of the organisation with the role, its first password already changed. */
    private static String account(String organisationCode, String role) {
        String username = Fixtures.username("gr");
        String initial = "Initial-Pass-2026";
        Api.Reply created = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"基层协商测试\",\"organisationId\":"
                                + Fixtures.organisationId(organisationCode) + ",\"initialPassword\":\"" + initial
                                + "\"}");
        assertEquals(201, created.status(), created::toString);
        Api.Reply roles = Api.as("security")
                .put(
                        "/api/v1/accounts/" + created.json().getJsonNumber("id") + "/roles",
                        "{\"roles\":[\"" + role + "\"]}");
        assertEquals(200, roles.status(), roles::toString);
        Api.Reply changed = Api.as(username, initial)
                .post(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        return username;
    }

    private static long luzhouTopic(String step) {
        return id(Api.as("office-lz")
                .get(TOPICS + "?size=1&step=" + step)
                .json()
                .getJsonArray("items")
                .getJsonObject(0));
    }

    /** Today on the server, in the demo city's calendar. */
    private static String today() {
        return counts("office", "").getString("to");
    }

    private static long concern(String who, long memberId, String what) {
        long point = Api.as(who)
                .get("/api/v1/liaison/members/" + memberId + "/points")
                .array()
                .getJsonObject(0)
                .getJsonNumber("pointId")
                .longValue();
        Api.Reply r = Api.as(who)
                .post(
                        "/api/v1/concerns",
                        Json.createObjectBuilder()
                                .add("pointId", point)
                                .add("metOn", today())
                                .add("what", what)
                                .add("suggestion", "建议召开居民协商会")
                                .build()
                                .toString());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject counts(String who, String query) {
        Api.Reply r = Api.as(who).get(COUNTS + query);
        assertEquals(200, r.status(), r::toString);
        JsonObject c = r.json();
        assertTrue(
                c.keySet().containsAll(Set.of("demandsCollected", "topics", "consultations", "solved")), c::toString);
        return c;
    }

    private static JsonObjectBuilder stepBuilder(JsonObject topic, String step, String record) {
        return Json.createObjectBuilder()
                .add("step", step)
                .add("version", topic.getInt("version"))
                .add("record", record);
    }

    private static JsonObject step(JsonObject topic, String step, String record) {
        return stepBuilder(topic, step, record).build();
    }

    private static JsonObject meeting(JsonObject topic, List<Long> members) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        members.forEach(ids::add);
        return stepBuilder(topic, "DELIBERATE", "五方协商：物业出资更换管道，社区监督")
                .add(
                        "meeting",
                        Json.createObjectBuilder()
                                .add("memberIds", ids)
                                .add("partyBranch", Json.createArrayBuilder().add("社区党支部书记 王红"))
                                .add("property", Json.createArrayBuilder().add("物业公司经理 李强"))
                                .add("police", Json.createArrayBuilder().add("社区民警 赵刚"))
                                .add(
                                        "residents",
                                        Json.createArrayBuilder()
                                                .add("居民代表 陈大爷")
                                                .add("居民代表 孙阿姨"))
                                .add("result", "SOLVED"))
                .build();
    }

    private static JsonObject take(String who, JsonObject topic, JsonObject body, String reaches) {
        Api.Reply r = Api.as(who).post(stepPath(topic), body.toString());
        assertEquals(200, r.status(), r::toString);
        assertEquals(reaches, r.json().getString("step"));
        return r.json();
    }

    private static String stepPath(JsonObject topic) {
        return TOPICS + "/" + id(topic) + "/steps";
    }

    private static JsonObject dutyEntry(long memberId, long topicId) {
        Api.Reply r = Api.as("office").get("/api/v1/members/" + memberId + "/duty");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("source").equals("consultation:grassroots:" + topicId))
                .findFirst()
                .orElse(null);
    }

    private static long memberId(String caller, String initials) {
        return Api.as(caller)
                .get("/api/v1/members?q=" + initials)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    /** Null fields are left out of the answers. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Set<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(GrassrootsApiIT::id)
                .collect(Collectors.toSet());
    }

    private static void assertField(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonObject("fields").containsKey(field), reply::toString);
    }

    /** The list's total of the caller's topics at a step (answered from the tally by organisation and step). */
    private static int stepTotal(String login, String step) {
        return Api.as(login).get(TOPICS + "?size=1&step=" + step).json().getInt("total");
    }
}
