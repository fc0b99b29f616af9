package org.tongxin.inforeport.domain;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.kernel.Problem;

/**
 * The text of a report: title, body (the situation) and one or more proposals, all plain text with their
 * line breaks. Markup typed in them is kept as typed; pages show it as text.
 */
public record Draft(String title, String body, List<String> proposals, String topic) {

    /** Separates the proposals in one column; it cannot be typed in a form. */
    static final String SEPARATOR = "\u001e";

    public Draft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip().replace("\r\n", "\n");
        List<String> kept = new ArrayList<>();
        for (String p : proposals == null ? List.<String>of() : proposals) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip().replace("\r\n", "\n").replace(SEPARATOR, " "));
            }
        }
        proposals = List.copyOf(kept);
        if (title.isEmpty()) {
            throw Problem.field("title", "required", "problem.required");
        }
        if (title.length() > 200) {
            throw Problem.field("title", "too-long", "problem.text.too-long", 200);
        }
        if (body.isEmpty()) {
            throw Problem.field("body", "required", "problem.required");
        }
        if (body.length() > 20_000) {
            throw Problem.field("body", "too-long", "problem.text.too-long", 20_000);
        }
        if (proposals.isEmpty()) {
            throw Problem.field("proposals", "required", "problem.report.proposal-required");
        }
        if (String.join(SEPARATOR, proposals).length() > 10_000) {
            throw Problem.field("proposals", "too-long", "problem.text.too-long", 10_000);
        }
        if (topic == null || topic.isBlank()) {
            throw Problem.field("topic", "required", "problem.required");
        }
    }

    String joinedProposals() {
        return String.join(SEPARATOR, proposals);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }

    /** The whole text as lines, for showing differences between versions. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        lines.addAll(List.of(body.split("\n", -1)));
        for (int i = 0; i < proposals.size(); i++) {
            lines.add("");
            lines.add((i + 1) + ". " + proposals.get(i).replace("\n", " "));
        }
        return lines;
    }
}
