package org.tongxin.consultation.domain;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.kernel.Problem;

/**
 * What a plan item says: form, topic, planned month, lead leader (a name, and the account when the leader has one),
 * lead special committee (an id of the committee context) and the departments invited.
 */
public record ItemTerms(
        ConsultationForm form,
        String topic,
        int month,
        String leadLeader,
        Long leadLeaderAccountId,
        Long leadCommitteeId,
        List<String> departments) {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_LEADER = 64;
    public static final int MAX_DEPARTMENT = 100;
    public static final int MAX_DEPARTMENTS = 20;

    /** The terms trimmed and checked; a broken one is refused with its field. */
    public ItemTerms checked() {
        if (form == null) {
            throw Problem.field("form", "required", "problem.required");
        }
        String t = topic == null ? "" : topic.strip();
        if (t.isEmpty() || t.length() > MAX_TOPIC) {
            throw Problem.field("topic", "invalid-input", "problem.plan.topic", MAX_TOPIC);
        }
        if (month < 1 || month > 12) {
            throw Problem.field("month", "invalid-input", "problem.plan.month");
        }
        String leader = leadLeader == null || leadLeader.isBlank() ? null : leadLeader.strip();
        if (leader != null && leader.length() > MAX_LEADER) {
            throw Problem.field("leadLeader", "invalid-input", "problem.plan.leader", MAX_LEADER);
        }
        List<String> list = new ArrayList<>();
        for (String d : departments == null ? List.<String>of() : departments) {
            String s = d == null ? "" : d.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > MAX_DEPARTMENT || s.contains("\n")) {
                throw Problem.field("departments", "invalid-input", "problem.plan.department", MAX_DEPARTMENT);
            }
            if (!list.contains(s)) {
                list.add(s);
            }
        }
        if (list.size() > MAX_DEPARTMENTS) {
            throw Problem.field("departments", "invalid-input", "problem.plan.departments", MAX_DEPARTMENTS);
        }
        return new ItemTerms(form, t, month, leader, leadLeaderAccountId, leadCommitteeId, List.copyOf(list));
    }
}
