package org.tongxin.bench;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/**
 * {@code -Dfault.mode=outbox}: the integration events survive a crash between commit and publication. The packaged
 * server starts with the relay paused ({@code TONGXIN_OUTBOX_RELAY=off}) and its broker on a loopback TCP port; a
 * durable subscription is made; reports are written and submitted and bookings made over the API (each commits
 * its outbox rows); the server is killed with SIGKILL while every row is unpublished; it starts again with the relay
 * on, and every event of the outbox must reach the durable subscriber (duplicates are counted, not failures) and
 * every row be marked published.
 */
final class OutboxFault {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OutboxFault() {}

    static List<String> run(Path server, String url, String user, int portOffset, String base) throws Exception {
        List<String> failures = new ArrayList<>();
        Path data = Files.createTempDirectory("tongxin-fault-outbox");
        Path log = server.resolveSibling("fault-server.log");
        int port = 61616 + portOffset;
        String broker = "tcp://127.0.0.1:" + port;
        Map<String, String> paused =
                Map.of("TONGXIN_OUTBOX_RELAY", "off", "TONGXIN_EVENTS_PORT", Integer.toString(port));
        Process wildfly = CommitteeBenchRun.start(server, url, user, portOffset, true, data, paused);
        try {
            long begin = System.nanoTime();
            CommitteeBenchRun.awaitReady(wildfly, log, base);
            System.out.printf(
                    Locale.ROOT, "started with the relay paused in %.1f s%n", (System.nanoTime() - begin) / 1e9);
            try (JMSContext jms =
                    new ActiveMQJMSConnectionFactory(broker).createContext("portal", "Tongxin-Demo-2026")) {
                jms.setClientID("fault-outbox");
                jms.createDurableConsumer(jms.createTopic("tongxin.events"), "all")
                        .close();
            }
            long before = count(url, user, "select count(*) from pf_outbox");
            int reports = 0;
            for (int i = 0; i < 12; i++) {
                String member = "member" + (i % 4 + 1);
                FaultRun.Reply c = FaultRun.call(member, "POST", base + "/api/v1/reports", """
                        {"title":"事件崩溃测试 %d","body":"正文。","proposals":["建议一"],"topic":"ECONOMY","coAuthors":[]}""".formatted(i));
                long id = FaultRun.json(c.body()).getJsonNumber("id").longValue();
                FaultRun.Reply s = FaultRun.call(member, "POST", base + "/api/v1/reports/" + id + "/submit", "");
                if (s.status() == 200) {
                    reports++;
                }
            }
            FaultRun.Reply space = FaultRun.call("keeper", "POST", base + "/api/v1/studyhall/spaces", """
                    {"name":"事件崩溃测试场地","zone":"ACTIVITY","capacity":30,"openingHours":"00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59",
                     "minMinutes":30,"maxMinutes":480,"advanceDays":365,"needsApproval":false,"membersMayBook":true,"cancelNoticeHours":0}""");
            long spaceId = FaultRun.json(space.body()).getJsonNumber("id").longValue();
            LocalDate day = LocalDate.now(ZONE).plusDays(3);
            for (int h = 8; h < 14; h++) {
                FaultRun.call("office", "POST", base + "/api/v1/studyhall/bookings", """
                        {"space":%d,"start":"%s","end":"%s","title":"事件崩溃测试预约","attendees":5}""".formatted(
                                spaceId, FaultRun.at(day, h), FaultRun.at(day, h + 1)));
            }
            Map<String, String> expected = events(url, user);
            long unpublished = count(url, user, "select count(*) from pf_outbox where published_at is null");
            System.out.printf(
                    Locale.ROOT,
                    "%d reports submitted, 6 bookings; outbox: %d rows before, %d now, %d unpublished%n",
                    reports,
                    before,
                    expected.size(),
                    unpublished);
            if (unpublished != expected.size()) {
                failures.add("the paused relay published " + (expected.size() - unpublished) + " events");
            }
            if (expected.size() - before < reports * 2L + 6) {
                failures.add("fewer events than changes: " + (expected.size() - before));
            }
            List<ProcessHandle> all = new ArrayList<>(wildfly.descendants().toList());
            all.add(wildfly.toHandle());
            all.forEach(ProcessHandle::destroyForcibly); // SIGKILL: committed, not published
            for (ProcessHandle p : all) {
                p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            System.out.println("killed the server (SIGKILL) with " + unpublished + " events unpublished");

            Map<String, String> on = Map.of("TONGXIN_EVENTS_PORT", Integer.toString(port));
            wildfly = CommitteeBenchRun.start(server, url, user, portOffset, true, data, on);
            CommitteeBenchRun.awaitReady(wildfly, log, base);
            Map<String, Integer> received = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            try (JMSContext jms =
                    new ActiveMQJMSConnectionFactory(broker).createContext("portal", "Tongxin-Demo-2026")) {
                jms.setClientID("fault-outbox");
                JMSConsumer consumer = jms.createDurableConsumer(jms.createTopic("tongxin.events"), "all");
                while (received.keySet().containsAll(expected.keySet()) == false && System.nanoTime() < deadline) {
                    Message m = consumer.receive(5_000);
                    if (m != null) {
                        String id = m.getStringProperty("id");
                        received.merge(id, 1, Integer::sum);
                        if (!((TextMessage) m).getText().contains(id)) {
                            failures.add("message " + id + " is not its CloudEvent");
                        }
                    }
                }
                consumer.close();
                jms.unsubscribe("all");
            }
            long missing = expected.keySet().stream()
                    .filter(id -> !received.containsKey(id))
                    .count();
            long twice = received.values().stream().filter(n -> n > 1).count();
            // the relay marks rows published after it has sent them: the last round may still be marking when the
            // subscriber has every message, so the count is polled (up to 60 s) before it is judged
            Await.until(Duration.ofSeconds(60), () -> unpublished(url, user) == 0);
            long stillUnpublished = unpublished(url, user);
            System.out.printf(
                    Locale.ROOT,
                    "after the restart: %d of %d events received by the durable subscriber, %d missing, %d twice;"
                            + " %d rows unpublished%n",
                    expected.keySet().stream().filter(received::containsKey).count(),
                    expected.size(),
                    missing,
                    twice,
                    stillUnpublished);
            if (missing > 0) {
                failures.add(missing + " events committed before the kill never arrived");
            }
            if (stillUnpublished > 0) {
                failures.add(stillUnpublished + " outbox rows still unpublished after the restart");
            }
        } finally {
            CommitteeBenchRun.stop(wildfly);
        }
        return failures;
    }

    /** The outbox rows not yet marked published. */
    private static long unpublished(String url, String user) {
        try {
            return count(url, user, "select count(*) from pf_outbox where published_at is null");
        } catch (Exception e) {
            throw new IllegalStateException("the outbox could not be counted", e);
        }
    }

    /** Every outbox row: event id → type. */
    private static Map<String, String> events(String url, String user) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select event_id, type from pf_outbox order by id")) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2));
            }
        }
        return all;
    }

    private static long count(String url, String user, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
