package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-17T01:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail(7, "a@example.cn", "zh-CN", "notice.report.returned", List.of("标题", "说明"), "/x", NOW);
    }

    @Test
    void aFailedAttemptIsRetriedAfterAPauseThatDoubles() {
        OutboxMail m = mail();
        m.failed("connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), m.nextAttemptAt());
        m.failed("connection refused", NOW);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), m.nextAttemptAt());
        assertEquals(OutboxMail.Status.PENDING, m.status());
        assertEquals(Duration.ofHours(1), OutboxMail.pause(7));
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedWithItsError() {
        OutboxMail m = mail();
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            m.failed("550 mailbox unavailable", NOW);
        }
        assertEquals(OutboxMail.Status.FAILED, m.status());
        assertEquals("550 mailbox unavailable", m.lastError());
        assertEquals(OutboxMail.MAX_ATTEMPTS, m.attempts());
    }

    @Test
    void theArgumentsKeepTheirOrder() {
        assertEquals(List.of("标题", "说明"), mail().arguments());
        OutboxMail sent = mail();
        sent.sent(NOW);
        assertEquals(OutboxMail.Status.SENT, sent.status());
    }
}
