package org.tongxin.consultation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.kernel.Problem;

/**
 * What the consultation meeting (协商议事) records: the members present (picked from the roster, resolved by the
 * service), the names present for the other four parties, the result and, unless solved, the reasons.
 */
public record GrassrootsMeeting(
        List<Attendee> members,
        List<String> partyBranch,
        List<String> property,
        List<String> police,
        List<String> residents,
        GrassrootsResult result,
        String reasons) {

    public static final int MAX_PER_PARTY = 30;
    public static final int MAX_NAME = 64;

    /** A member present: their roster id and name. */
    public record Attendee(long memberId, String name) {}

    /** The names per party, checked: members and residents' representatives required, names of one line. */
    Map<FiveParty, List<String>> checkedNames() {
        if (members == null || members.isEmpty()) {
            throw Problem.field("members", "required", "problem.grassroots.members");
        }
        if (members.size() > MAX_PER_PARTY
                || members.stream().map(Attendee::memberId).distinct().count() != members.size()) {
            throw Problem.field("members", "invalid-input", "problem.grassroots.party-names", MAX_PER_PARTY, MAX_NAME);
        }
        Map<FiveParty, List<String>> names = new LinkedHashMap<>();
        names.put(FiveParty.PARTY_BRANCH, names("partyBranch", partyBranch));
        names.put(FiveParty.PROPERTY, names("property", property));
        names.put(FiveParty.POLICE, names("police", police));
        names.put(FiveParty.RESIDENTS, names("residents", residents));
        if (names.get(FiveParty.RESIDENTS).isEmpty()) {
            throw Problem.field("residents", "required", "problem.grassroots.residents");
        }
        if (result == null) {
            throw Problem.field("result", "required", "problem.grassroots.result");
        }
        if (result != GrassrootsResult.SOLVED && (reasons == null || reasons.isBlank())) {
            throw Problem.field("reasons", "required", "problem.grassroots.reasons");
        }
        if (reasons != null && reasons.strip().length() > GrassrootsOrigin.MAX_TEXT) {
            throw Problem.field("reasons", "invalid-input", "problem.grassroots.text", GrassrootsOrigin.MAX_TEXT);
        }
        return names;
    }

    private static List<String> names(String field, List<String> given) {
        List<String> result = new ArrayList<>();
        if (given != null) {
            for (String n : given) {
                String s = n == null ? "" : n.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (s.length() > MAX_NAME || s.contains("\n")) {
                    throw Problem.field(
                            field, "invalid-input", "problem.grassroots.party-names", MAX_PER_PARTY, MAX_NAME);
                }
                result.add(s);
            }
        }
        if (result.size() > MAX_PER_PARTY) {
            throw Problem.field(field, "invalid-input", "problem.grassroots.party-names", MAX_PER_PARTY, MAX_NAME);
        }
        return result;
    }
}
