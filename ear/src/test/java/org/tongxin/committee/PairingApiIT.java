package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongxin.support.ApiAsserts.assertProblem;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;

/** Party pairings through the API, on the demo city's pairings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PairingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCommitteesPairingsRespectTheLimitsAndListTheUnpaired() {
        for (JsonObject committee : committees()) {
            JsonObject p = Api.as("member1")
                    .get("/api/v1/pairings?committee=" + committee.getJsonNumber("id"))
                    .json();
            for (JsonObject c : p.getJsonArray("cpcMembers").getValuesAs(JsonObject.class)) {
                assertEquals("CPC", c.getJsonObject("member").getString("party"));
                List<JsonObject> partners = c.getJsonArray("partners").getValuesAs(JsonObject.class);
                assertTrue(partners.size() <= 2, c::toString);
                partners.forEach(
                        x -> assertNotEquals("CPC", x.getJsonObject("partner").getString("party")));
            }
            p.getJsonArray("unpairedOthers")
                    .getValuesAs(JsonObject.class)
                    .forEach(u -> assertNotEquals("CPC", u.getString("party")));
        }
    }

    @Test
    void officeStaffPairWithinTheLimitsAndEndAPairing() {
        long cpc = -1;
        List<Long> free = new ArrayList<>();
        for (JsonObject committee : committees()) {
            JsonObject p = Api.as("office")
                    .get("/api/v1/pairings?committee=" + committee.getJsonNumber("id"))
                    .json();
            if (cpc < 0 && !p.getJsonArray("unpairedCpc").isEmpty()) {
                cpc = p.getJsonArray("unpairedCpc")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
            }
            p.getJsonArray("unpairedOthers")
                    .getValuesAs(JsonObject.class)
                    .forEach(u -> free.add(u.getJsonNumber("id").longValue()));
        }
        assertTrue(cpc > 0 && free.size() >= 3, "the demo city leaves CPC and non-CPC members unpaired");

        assertProblem(403, Api.as("member1").post("/api/v1/pairings", body(cpc, free.get(0))));
        Api.Reply first = Api.as("office").post("/api/v1/pairings", body(cpc, free.get(0)));
        assertEquals(201, first.status(), first::toString);
        assertEquals(
                201,
                Api.as("office")
                        .post("/api/v1/pairings", body(cpc, free.get(1)))
                        .status());
        Api.Reply third = Api.as("office").speaking("en").post("/api/v1/pairings", body(cpc, free.get(2)));
        assertProblem(409, third);
        assertEquals(
                "A CPC member can be paired with at most 2 non-CPC members",
                third.json().getString("title"));

        Api.Reply notCpc = Api.as("office").post("/api/v1/pairings", body(free.get(2), free.get(0)));
        assertProblem(422, notCpc);

        long pairing = first.json().getJsonNumber("id").longValue();
        Api.Reply ended = Api.as("office").post("/api/v1/pairings/" + pairing + "/end", "{\"endedOn\":\"2026-11-01\"}");
        assertEquals(200, ended.status(), ended::toString);
        assertEquals("2026-11-01", ended.json().getString("endedOn"));
        assertProblem(
                409, Api.as("office").post("/api/v1/pairings/" + pairing + "/end", "{\"endedOn\":\"2026-11-02\"}"));
        assertEquals(
                201,
                Api.as("office")
                        .post("/api/v1/pairings", body(cpc, free.get(2)))
                        .status(),
                "a slot is free again");
    }

    private static String body(long cpc, long partner) {
        return "{\"cpcMemberId\":" + cpc + ",\"partnerId\":" + partner + ",\"startedOn\":\"2026-01-05\"}";
    }

    private static List<JsonObject> committees() {
        return Api.as("member1").get("/api/v1/committees").array().getValuesAs(JsonObject.class);
    }
}
