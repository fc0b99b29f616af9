package org.tongxin.inforeport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.support.Deployments;

/**
 * Inside the server: the index scan's ordering gap (issue 21, docs/cluster.md). A report's modification time is
 * stamped when its transaction writes it, not when it commits; a transaction of another node that commits after
 * the scan has passed its stamp changes a report that nothing on this node tells the index about. The scan reads a
 * window behind its bookmark again, so the change is indexed all the same.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIndexLateCommitIT {

    /** Rare characters, so that a word made of them is this run's own. */
    private static final String RARE = "鼋鼍鳏鳜鲥鲈鳗鲟鳇鲶";
    /** Several scans (every 5 s unless TONGXIN_INDEX_SCAN_MILLIS says otherwise). */
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ReportIndexLateCommitIT.class);
    }

    @EJB
    ReportSearch search;

    @Resource(lookup = "java:jboss/datasources/TongxinDS")
    DataSource dataSource;

    @Test
    void aChangeCommittedBehindTheScansBookmarkIsIndexedAllTheSame() throws Exception {
        long id = createdByMember1("关于乡村公路养护资金的建议");
        Instant stamp = stamp(id);
        long author = author(id);
        ReportRepository.Scope mine = new ReportRepository.Scope(author, null);

        // the scan passes the report (its bookmark at or after the report's modification time)
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.parse(search.status().caughtUpTo()).isBefore(stamp)
                && Instant.now().isBefore(deadline)) {
            search.status();
        }
        assertTrue(
                !Instant.parse(search.status().caughtUpTo()).isBefore(stamp),
                "the scan passed the new report: " + search.status());

        // another node's transaction stamped the report 30 s earlier and commits only now: the report's stamp is
        // behind the bookmark, and this node's own change feed knows nothing of it (written past the application)
        String word = word();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("update ir_report set title = ?, updated_at = ? where id = ?")) {
            ps.setString(1, "关于" + word + "公路养护资金的建议");
            ps.setObject(2, stamp.minusSeconds(30).atOffset(ZoneOffset.UTC));
            ps.setLong(3, id);
            assertEquals(1, ps.executeUpdate());
        }

        long found = 0;
        deadline = Instant.now().plus(WITHIN);
        while (found == 0 && Instant.now().isBefore(deadline)) {
            found = search.list(mine, new ReportQuery(null, null, word), 0, 10).total();
        }
        assertEquals(1, found, "the change stamped behind the scan's bookmark is found by search within " + WITHIN);
    }

    /** A draft by member1 through the API (HTTP Basic), as any node would write it: its id. */
    private static long createdByMember1(String title) throws Exception {
        String body = Json.createObjectBuilder()
                .add("title", title)
                .add("body", "部分山区公路养护资金不足，雨季塌方频发。")
                .add("proposals", Json.createArrayBuilder().add("建议设立养护专项资金"))
                .add("topic", "ECONOMY")
                .add("coAuthors", Json.createArrayBuilder())
                .build()
                .toString();
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(System.getProperty("tongxin.base", "http://localhost:8080")
                                        + "/api/v1/reports"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("member1:Tongxin-Demo-2026"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r::body);
        return Json.createReader(new StringReader(r.body()))
                .readObject()
                .getJsonNumber("id")
                .longValue();
    }

    private Instant stamp(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select updated_at from ir_report where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private long author(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select created_by from ir_report where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Six rare characters drawn from the clock: a Chinese word no other report has. */
    private static String word() {
        String digits = Long.toString(System.nanoTime());
        StringBuilder w = new StringBuilder();
        for (char c : digits.substring(digits.length() - 6).toCharArray()) {
            w.append(RARE.charAt(c - '0'));
        }
        return w.toString();
    }
}
