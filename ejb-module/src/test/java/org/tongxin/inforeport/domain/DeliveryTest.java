package org.tongxin.inforeport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private static Delivery delivery() {
        Report report = new Report(1, 7, new Draft("关于加装电梯的建议", "老旧小区居民反映上下楼难", List.of("加快审批"), "LIVELIHOOD"), NOW);
        Route route = new Route(1);
        route.set("https://sx.example.gov.cn/", "peer", "secret", "SX", "山西省政协", "admin", NOW);
        return new Delivery(report, 1, route, NOW);
    }

    @Test
    void theDelayDoublesFromTenSecondsUpToAnHour() {
        assertEquals(Duration.ZERO, Delivery.backOff(0));
        assertEquals(Duration.ofSeconds(10), Delivery.backOff(1));
        assertEquals(Duration.ofSeconds(20), Delivery.backOff(2));
        assertEquals(Duration.ofSeconds(40), Delivery.backOff(3));
        assertEquals(Duration.ofSeconds(2560), Delivery.backOff(9));
        assertEquals(Duration.ofHours(1), Delivery.backOff(10));
        assertEquals(Duration.ofHours(1), Delivery.backOff(500), "no overflow, however many failures");
    }

    @Test
    void aFailureWaitsLongerEachTimeAndKeepsItsKey() {
        Delivery d = delivery();
        String key = d.idempotencyKey();
        assertEquals(NOW, d.nextAttemptAt(), "due at once");
        d.failed("connection refused", NOW);
        assertEquals(NOW.plusSeconds(10), d.nextAttemptAt());
        d.failed("HTTP 503", NOW.plusSeconds(10));
        assertEquals(NOW.plusSeconds(30), d.nextAttemptAt());
        assertEquals(2, d.attempts());
        assertEquals(Delivery.Status.PENDING, d.status(), "still delivery pending");
        assertEquals("HTTP 503", d.lastError());
        assertEquals(key, d.idempotencyKey(), "every attempt under one key");
        assertEquals("https://sx.example.gov.cn", d.baseUrl(), "the trailing slash dropped");
    }

    @Test
    void aRefusalStopsTheRetriesUntilSomeoneRetriesByHand() {
        Delivery d = delivery();
        d.rejected("HTTP 422: unknown organisation", NOW);
        assertEquals(Delivery.Status.REJECTED, d.status());
        assertNull(d.nextAttemptAt(), "not due any more");
        Route fixed = new Route(1);
        fixed.set("https://sx2.example.gov.cn", "peer", "secret", "SX-ZX", "山西省政协", "admin", NOW);
        d.retryNow(fixed, NOW.plusSeconds(60));
        assertEquals(Delivery.Status.PENDING, d.status());
        assertEquals(NOW.plusSeconds(60), d.nextAttemptAt());
        assertEquals("SX-ZX", d.targetCode(), "the route as it stands now");
        d.delivered(4242, NOW.plusSeconds(61));
        assertEquals(Delivery.Status.DELIVERED, d.status());
        assertEquals(4242L, d.remoteReportId());
        assertNull(d.lastError());
        d.retryNow(fixed, NOW.plusSeconds(99));
        assertEquals(Delivery.Status.DELIVERED, d.status(), "a delivered report is not sent again");
    }

    @Test
    void eachDeliveryHasItsOwnKey() {
        assertNotEquals(delivery().idempotencyKey(), delivery().idempotencyKey());
    }
}
