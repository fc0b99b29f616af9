package org.tongxin.remote.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.SubmittedReport;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.remote.client.RemoteReport;
import org.tongxin.remote.client.RemoteReportReceipt;
import org.tongxin.remote.client.ReportIntakeRemote;

/**
 * Report intake over {@link ReportService#submitFor}. With an idempotency key it is the command
 * {@code cn.tongxin.command.report.submit} done synchronously ({@link CommandWork}): the same key space per service
 * account (table {@code pf_command}), the receipt stored with the key in the transaction that files the report.
 */
@Stateless
@RolesAllowed(Role.REMOTE_REPORTS_CODE)
public class ReportIntakeFacade implements ReportIntakeRemote {

    @EJB
    ReportService reports;

    @EJB
    CommandWork commands;

    @Resource
    SessionContext session;

    @Override
    public RemoteReportReceipt submit(RemoteReport report) {
        return Problems.translated(() -> {
            if (report == null) {
                throw Problem.rule("invalid-input", "problem.invalid-input");
            }
            SubmittedReport s = reports.submitFor(
                    report.memberId(),
                    new NewReport(
                            report.title(), report.body(), report.proposals(), report.topic(), report.coAuthors()));
            return new RemoteReportReceipt(s.reportId(), s.state(), s.organisationId(), s.submittedAt());
        });
    }

    @Override
    public RemoteReportReceipt submit(RemoteReport report, String idempotencyKey) {
        if (idempotencyKey == null) {
            return submit(report);
        }
        return Problems.translated(() -> {
            if (report == null) {
                throw Problem.rule("invalid-input", "problem.invalid-input");
            }
            if (idempotencyKey.isBlank() || idempotencyKey.length() > CommandWork.KEY_LENGTH) {
                throw Problem.field("idempotencyKey", "invalid-input", "problem.invalid-input");
            }
            CommandWork.Reply reply = commands.handle(
                    session.getCallerPrincipal().getName(), idempotencyKey, CommandWork.REPORT_SUBMIT, data(report));
            JsonObject stored =
                    Jsonp.createReader(new StringReader(reply.json())).readObject();
            JsonObject r = stored.getJsonObject("result");
            if (!CommandWork.REPORT_SUBMIT.equals(stored.getString("type", null)) || r == null) {
                // the key was used for another kind of command (a credit): not this report's
                throw Problem.field("idempotencyKey", "invalid-input", "problem.invalid-input");
            }
            return new RemoteReportReceipt(
                    r.getJsonNumber("reportId").longValue(),
                    r.getString("state"),
                    r.getJsonNumber("organisationId").longValue(),
                    r.containsKey("submittedAt") ? Instant.parse(r.getString("submittedAt")) : null);
        });
    }

    /** The report as the command's {@code data}. */
    private static JsonObject data(RemoteReport report) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("memberId", report.memberId());
        text(b, "title", report.title());
        text(b, "body", report.body());
        text(b, "topic", report.topic());
        if (report.proposals() != null) {
            JsonArrayBuilder p = Jsonp.createArrayBuilder();
            report.proposals().forEach(x -> {
                if (x == null) {
                    p.addNull();
                } else {
                    p.add(x);
                }
            });
            b.add("proposals", p);
        }
        if (report.coAuthors() != null) {
            JsonArrayBuilder c = Jsonp.createArrayBuilder();
            report.coAuthors().forEach(x -> {
                if (x == null) {
                    c.addNull();
                } else {
                    c.add(x);
                }
            });
            b.add("coAuthors", c);
        }
        return b.build();
    }

    private static void text(JsonObjectBuilder b, String field, String value) {
        if (value != null) {
            b.add(field, value);
        }
    }
}
