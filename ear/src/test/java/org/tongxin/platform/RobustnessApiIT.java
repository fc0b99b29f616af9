package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;
import org.tongxin.support.PageSession;

/**
 * Robustness of every edge against input no honest client sends: paging beyond any list, broken JSON and
 * wrong types, control and bidirectional characters, forged ajax posts; never a 500, never an exception's
 * class or message in an answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RobustnessApiIT {

    private static final List<String> LEAKS =
            List.of("java.", "Exception", "org.hibernate", "jakarta.", "org.jboss", "RESTEASY", "at org.", "Caused by");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Paged lists of several contexts, each with a caller who may read it. */
    private static Map<String, String> pagedLists() {
        long datong = Fixtures.organisationId("SX-DT");
        return Map.of(
                "/api/v1/accounts?",
                "admin",
                "/api/v1/audit?",
                "auditor",
                "/api/v1/members?",
                "office",
                "/api/v1/reports?",
                "editor",
                "/api/v1/concerns?organisation=" + datong + "&",
                "office",
                "/api/v1/duty/ranking?organisation=" + datong + "&",
                "office");
    }

    @Test
    void aPageBeyondAnyListIsRefusedOrEmptyAndNeverOverflows() {
        pagedLists().forEach((path, user) -> {
            Api.Reply r = Api.as(user).get(path + "page=2147483647&size=200");
            assertTrue(
                    r.status() == 422
                            || r.status() == 200
                                    && r.json().getJsonArray("items").isEmpty(),
                    path + " " + r);
            if (r.status() == 422) {
                assertEquals("urn:tongxin:problem:invalid-page", r.json().getString("type"), r::toString);
                assertTrue(r.json().getJsonObject("fields").containsKey("page"), r::toString);
            }
            noLeak(r.body());
            Api.Reply far = Api.as(user).get(path + "page=" + (Integer.MAX_VALUE / 20 + 1) + "&size=20");
            assertTrue(
                    far.status() == 422
                            || far.status() == 200
                                    && far.json().getJsonArray("items").isEmpty(),
                    path + " " + far);
        });
    }

    @Test
    void negativeHugeAndNonNumericPagingAnswer422WithTheFieldNamed() {
        pagedLists().forEach((path, user) -> {
            for (String[] bad : new String[][] {
                {"page=-1", "page"},
                {"size=100000", "size"},
                {"size=-5", "size"},
                {"size=0", "size"},
                {"page=abc", "page"},
                {"size=9999999999", "size"},
                {"page=1e3", "page"}
            }) {
                Api.Reply r = Api.as(user).speaking("en").get(path + bad[0]);
                assertEquals(422, r.status(), path + bad[0] + " " + r);
                assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
                assertTrue(r.json().getJsonObject("fields").containsKey(bad[1]), path + bad[0] + " " + r);
                noLeak(r.body());
            }
        });
    }

    @Test
    void brokenRequestsAnswerProblemsWithoutExceptionDetails() {
        Api admin = Api.as("admin");
        List<Api.Reply> replies = List.of(
                admin.post("/api/v1/accounts", "{\"username\": \"x\", "),
                admin.post(
                        "/api/v1/accounts",
                        "{\"username\": [1,2], \"displayName\": {\"a\": 1}, \"organisationId\": \"abc\"}"),
                admin.post("/api/v1/accounts", "[]"),
                admin.post("/api/v1/accounts", "\"just a string\""),
                admin.post("/api/v1/accounts", "{\"organisationId\": 99999999999999999999999}"),
                admin.post("/api/v1/accounts", "nonsense"),
                admin.postBytes("/api/v1/accounts", "<a/>".getBytes(), "application/xml"),
                admin.put("/api/v1/me", "{}"),
                admin.delete("/api/v1/me"),
                admin.get("/api/v1/no-such-thing"),
                admin.get("/api/v1/accounts/not-a-number"),
                admin.get("/api/v1/accounts/99999999999999999999"),
                Api.as("member1")
                        .post(
                                "/api/v1/reports",
                                "{\"title\": 5, \"body\": true, \"proposals\": \"x\", \"coAuthors\": [\"a\"]}"),
                Api.as("member1")
                        .post(
                                "/api/v1/studyhall/bookings",
                                "{\"space\": \"x\", \"start\": \"yesterday\", \"attendees\": 1.5}"));
        for (Api.Reply r : replies) {
            assertTrue(r.status() >= 400 && r.status() < 500, r::toString);
            assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
            assertTrue(r.json().getString("type").startsWith("urn:tongxin:problem:"), r::toString);
            noLeak(r.body());
        }
    }

    @Test
    void controlCharactersAreRefusedInAnyFieldAndBidiOverridesInTitlesAndNames() {
        Api.Reply nul = Api.as("member1")
                .speaking("en")
                .post("/api/v1/reports", "{\"title\": \"正常标题\", \"body\": \"正文\\u0000尾\"}");
        assertEquals(422, nul.status(), nul::toString);
        assertEquals("urn:tongxin:problem:invalid-input", nul.json().getString("type"));
        assertTrue(nul.json().getJsonObject("fields").getString("body").contains("Control characters"), nul::toString);

        Api.Reply bidi =
                Api.as("member1").post("/api/v1/reports", "{\"title\": \"关于\\u202Egpj.exe的报告\", \"body\": \"正文\"}");
        assertEquals(422, bidi.status(), bidi::toString);
        assertTrue(bidi.json().getJsonObject("fields").getString("title").contains("方向"), bidi::toString);

        Api.Reply name = Api.as("admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\": \"bidi" + System.nanoTime()
                                + "\", \"displayName\": \"王\\u2067五\", \"organisationId\": "
                                + Fixtures.organisationId("SX-DT") + "}");
        assertEquals(422, name.status(), name::toString);
        assertTrue(name.json().getJsonObject("fields").containsKey("displayName"), name::toString);

        Api.Reply c1 = Api.as("keeper").post("/api/v1/studyhall/spaces", "{\"name\": \"阅读\\u0085区\", \"capacity\": 5}");
        assertEquals(422, c1.status(), c1::toString);
        assertTrue(c1.json().getJsonObject("fields").containsKey("name"), c1::toString);

        Api.Reply query = Api.as("office").get("/api/v1/members?q=%E5%BC%A0%00");
        assertEquals(422, query.status(), query::toString);
        assertTrue(query.json().getJsonObject("fields").containsKey("q"), query::toString);

        Api.Reply fileName = Api.as("member1")
                .postBytes(
                        "/api/v1/reports/1/attachments?name=" + "x%E2%80%AEfdp.exe",
                        "%PDF-1.4".getBytes(), "application/pdf");
        assertEquals(422, fileName.status(), fileName::toString);
        assertTrue(fileName.json().getJsonObject("fields").containsKey("name"), fileName::toString);

        Api.Reply multiLine =
                Api.as("member1").post("/api/v1/reports", "{\"title\": \"第一行\", \"body\": \"第一段\\n第二段\\t完\"}");
        assertFalse(multiLine.status() == 422 && multiLine.body().contains("\"body\""), multiLine::toString);
    }

    @Test
    void pageInputsRefuseControlAndBidiCharactersWithAMessageInThePersonsLanguage() {
        PageSession office = PageSession.signedIn("office");
        office.load("/committee/roster.xhtml");
        HttpResponse<String> bidi = office.ajax(
                "/committee/roster.xhtml",
                "rosterForm",
                "rosterForm:find",
                "rosterForm",
                "rosterForm:members growl",
                office.viewState(),
                "&rosterForm%3Atext=" + PageSession.enc("张\u202E伟"));
        assertEquals(200, bidi.statusCode(), bidi::body);
        assertTrue(shows(bidi.body(), "改变文字方向的字符"), bidi.body());
        HttpResponse<String> nul = office.ajax(
                "/committee/roster.xhtml",
                "rosterForm",
                "rosterForm:find",
                "rosterForm",
                "rosterForm:members growl",
                office.viewState(),
                "&rosterForm%3Atext=" + PageSession.enc("张\u0000伟"));
        assertTrue(shows(nul.body(), "控制字符"), nul.body());
        assertFalse(nul.body().contains("<redirect"), nul.body());
        noLeak(nul.body());
    }

    @Test
    void brokenAjaxPostsAnswerWithoutExceptionClassOrMessage() {
        PageSession office = PageSession.signedIn("office");
        office.load("/committee/roster.xhtml");
        String page = "/committee/roster.xhtml";
        String table = "rosterForm:members";
        String paging = "&jakarta.faces.behavior.event=page&jakarta.faces.partial.event=page&" + PageSession.enc(table)
                + "_pagination=true&" + PageSession.enc(table) + "_skipChildren=true&" + PageSession.enc(table)
                + "_encodeFeature=true";
        // a page far beyond the list, a row count of zero, rows that are not numbers
        for (String rows : new String[] {
            "_first=2147483600&" + PageSession.enc(table) + "_rows=100",
            "_first=0&" + PageSession.enc(table) + "_rows=0",
            "_first=-40&" + PageSession.enc(table) + "_rows=-20",
            "_first=abc&" + PageSession.enc(table) + "_rows=x%00y"
        }) {
            HttpResponse<String> r = office.ajax(
                    page,
                    "rosterForm",
                    table,
                    table,
                    table,
                    office.viewState(),
                    paging + "&" + PageSession.enc(table) + rows);
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.body().contains("<partial-response"), r.body());
            assertFalse(r.body().contains("<error>"), r.body());
            assertTrue(
                    r.body().startsWith("<?xml")
                            && r.body().strip().endsWith("</partial-response>")
                            && r.body().indexOf("<partial-response") == r.body().lastIndexOf("<partial-response"),
                    r.body());
            noLeak(r.body());
        }
        // a forged view state and an unknown component: an expired view, back to the login page as before
        HttpResponse<String> forged = office.ajax(
                page, "rosterForm", "rosterForm:find", "rosterForm", "rosterForm:members", "-123456789:987654321", "");
        assertTrue(forged.body().contains("<redirect") && forged.body().contains("expired"), forged.body());
        noLeak(forged.body());
        HttpResponse<String> unknown = office.ajax(
                page,
                "rosterForm",
                "noSuchForm:nothing",
                "noSuchForm:nothing",
                "noSuchForm:nothing",
                office.viewState(),
                "&jakarta.faces.behavior.event=%3Cscript%3E");
        assertFalse(unknown.body().contains("<error>"), unknown.body());
        noLeak(unknown.body());
    }

    /** No exception class, message or stack in the answer; the names Faces gives its own fields do not count. */
    private static void noLeak(String body) {
        String text = body.replaceAll(
                "jakarta\\.faces\\.(ViewState|ClientWindow|resource|partial\\.\\w+|source|behavior\\.event|Resource)",
                "");
        for (String leak : LEAKS) {
            assertFalse(text.contains(leak), () -> "answer shows \"" + leak + "\": " + body);
        }
    }

    /** The text is in the answer, as it is or escaped for a script (\\uXXXX). */
    private static boolean shows(String body, String text) {
        StringBuilder lower = new StringBuilder();
        for (char c : text.toCharArray()) {
            lower.append(String.format("\\u%04x", (int) c));
        }
        return body.contains(text)
                || body.contains(lower.toString())
                || body.contains(lower.toString().toUpperCase().replace("\\U", "\\u"));
    }
}
