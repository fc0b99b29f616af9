package org.tongxin.inforeport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class RouteTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void aPasswordLongerThanTheSealedColumnHoldsIsRefusedAndTheRouteKeepsItsOwn() {
        Route route = new Route(1);
        route.set("https://sx.example.gov.cn", "peer", "x".repeat(Route.MAX_SECRET), "SX", "山西省政协", "admin", NOW);
        Problem refused = assertThrows(
                Problem.class,
                () -> route.set(
                        "https://sx.example.gov.cn",
                        "peer",
                        "y".repeat(Route.MAX_SECRET + 1),
                        "SX",
                        "山西省政协",
                        "admin",
                        NOW));
        assertEquals("too-long", refused.code());
        assertEquals("x".repeat(Route.MAX_SECRET), route.secret());
    }

    @Test
    void aBlankPasswordKeepsTheOneStored() {
        Route route = new Route(1);
        route.set("https://sx.example.gov.cn/", "peer", "first", "SX", null, "admin", NOW);
        route.set("https://sx.example.gov.cn/", "peer", " ", "SX", null, "admin", NOW);
        assertEquals("first", route.secret());
        assertEquals("https://sx.example.gov.cn", route.baseUrl());
    }
}
