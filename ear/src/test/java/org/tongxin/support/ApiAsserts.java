package org.tongxin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** The checks every API test makes of an answer: its status with its body, or a problem+json of a given type. */
public final class ApiAsserts {

    private ApiAsserts() {}

    /** The answer's JSON object, after checking its status. */
    public static JsonObject ok(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    /** A problem+json answer with the status. */
    public static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertNotNull(reply.contentType(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }

    /** A problem+json answer with the status and the type {@code urn:tongxin:problem:<code>}. */
    public static void assertProblem(int status, String code, Api.Reply reply) {
        assertProblem(status, reply);
        assertEquals("urn:tongxin:problem:" + code, reply.json().getString("type"), reply::toString);
    }
}
