package org.tongxin.remote.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.SystemCredit;
import org.tongxin.duty.application.SystemDuty;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.SubmittedReport;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * One command of another system (docs/integration.md, "Commands in"), in one JTA transaction: the stored reply of an
 * idempotency key seen before, or the work through the same application services the remote facades call
 * ({@link DutyService#creditFromSystem}, {@link ReportService#submitFor}: their roles, organisations and rules) and
 * the reply stored under the key in the same transaction. Runs as the sending account (the consumer's identity); a
 * {@link Problem} rolls everything back and nothing is stored, so a corrected command may use its key again.
 */
@Stateless
@PermitAll
public class CommandWork {

    /** Credit a duty entry (a meeting system's attendance): {@code remote-duty}. */
    public static final String DUTY_CREDIT = "cn.tongxin.command.duty.credit";
    /** Submit an information report on behalf of a member: {@code remote-reports}. */
    public static final String REPORT_SUBMIT = "cn.tongxin.command.report.submit";

    /** The longest idempotency key. */
    public static final int KEY_LENGTH = 100;

    /**
     * A fault for tests (a system property, unset in production): the command whose idempotency key it names fails
     * once as a lock timeout does, after its work and its stored reply, so that the transaction rolls back all of it
     * and the broker delivers the command again. The setting is removed when it fires.
     */
    public static final String TRANSIENT_FAULT = "tongxin.commands.transient-fault";

    @EJB
    DutyService duty;

    @EJB
    ReportService reports;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The role a command type needs, empty for a type nobody may send. */
    public static Optional<Role> roleOf(String type) {
        if (DUTY_CREDIT.equals(type)) {
            return Optional.of(Role.REMOTE_DUTY);
        }
        if (REPORT_SUBMIT.equals(type)) {
            return Optional.of(Role.REMOTE_REPORTS);
        }
        return Optional.empty();
    }

    /** A reply: its JSON ({@code {"type", "status", "result"}}) and whether it is the stored one of an earlier command. */
    public record Reply(String json, boolean repeated) implements java.io.Serializable {}

    /** Handles a command of a known type; {@code key} null: no idempotency asked for. */
    public Reply handle(String sender, String key, String type, JsonObject data) {
        if (key != null) {
            List<?> stored = em.createNativeQuery("select reply from pf_command where sender = ?1 and command_key = ?2")
                    .setParameter(1, sender)
                    .setParameter(2, key)
                    .getResultList();
            if (!stored.isEmpty()) {
                return new Reply(String.valueOf(stored.get(0)), true);
            }
        }
        JsonObject result = switch (type) {
            case DUTY_CREDIT -> credit(data);
            case REPORT_SUBMIT -> submit(data);
            default -> throw Problem.field("type", "invalid-input", "problem.invalid-input");
        };
        String reply = Jsonp.createObjectBuilder()
                .add("type", type)
                .add("status", 200)
                .add("result", result)
                .build()
                .toString();
        if (key != null) {
            em.createNativeQuery("insert into pf_command (sender, command_key, type, reply, received_at)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, sender)
                    .setParameter(2, key)
                    .setParameter(3, type)
                    .setParameter(4, reply)
                    .setParameter(5, Timestamp.from(clock.instant()))
                    .executeUpdate();
            if (System.getProperties().remove(TRANSIENT_FAULT, key)) {
                throw new LockTimeoutException("injected transient fault (" + TRANSIENT_FAULT + ") for the key " + key);
            }
        }
        return new Reply(reply, false);
    }

    private JsonObject credit(JsonObject data) {
        SystemCredit c = duty.creditFromSystem(new SystemDuty(
                number(data, "memberId"),
                text(data, "category"),
                day(data, "occurredOn"),
                text(data, "description"),
                text(data, "reference")));
        return Jsonp.createObjectBuilder()
                .add("entryId", c.entryId())
                .add("memberId", c.memberId())
                .add("category", c.category())
                .add("points", c.points())
                .add("source", c.source())
                .add("created", c.created())
                .build();
    }

    private JsonObject submit(JsonObject data) {
        List<String> proposals = new ArrayList<>();
        JsonArray p = array(data, "proposals");
        for (JsonValue v : p) {
            if (!(v instanceof JsonString s)) {
                throw Problem.field("proposals", "invalid-input", "problem.invalid-input");
            }
            proposals.add(s.getString());
        }
        List<Long> coAuthors = new ArrayList<>();
        for (JsonValue v : array(data, "coAuthors")) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw Problem.field("coAuthors", "invalid-input", "problem.invalid-input");
            }
            coAuthors.add(n.longValue());
        }
        SubmittedReport s = reports.submitFor(
                number(data, "memberId"),
                new NewReport(text(data, "title"), text(data, "body"), proposals, text(data, "topic"), coAuthors));
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("reportId", s.reportId())
                .add("state", s.state())
                .add("organisationId", s.organisationId());
        if (s.submittedAt() != null) {
            b.add("submittedAt", s.submittedAt().toString());
        }
        return b.build();
    }

    private static long number(JsonObject data, String field) {
        JsonValue v = data.get(field);
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw Problem.field(field, "invalid-input", "problem.required");
        }
        return n.longValue();
    }

    private static String text(JsonObject data, String field) {
        JsonValue v = data.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
        return s.getString();
    }

    private static LocalDate day(JsonObject data, String field) {
        String t = text(data, field);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }

    private static JsonArray array(JsonObject data, String field) {
        JsonValue v = data.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(v instanceof JsonArray a)) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
        return a;
    }
}
