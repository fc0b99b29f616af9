package org.tongxin.inforeport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a report forwarded to another deployment earned there, compared with what this deployment has
 * recorded of it: which adoptions and instructions are new (to credit), which recorded adoptions were
 * voided there since (to withdraw). An adoption is known by its organisation and moment, so one voided
 * and given again counts again; an instruction by its id there. What was voided before it was ever read
 * back is never credited; what disappears there is left as it was recorded.
 */
public final class RemoteLedger {

    /** One thing seen on the other deployment. */
    public record Seen(
            RemoteCredit.Kind kind, String key, InstructionLevel level, LocalDate on, String label, boolean voided) {}

    /** What to do here. */
    public record Changes(List<Seen> credit, List<RemoteCredit> withdraw) {
        public boolean none() {
            return credit.isEmpty() && withdraw.isEmpty();
        }
    }

    private RemoteLedger() {}

    /** A key the duty ledger's source reference accepts, from the other side's organisation code and the moment. */
    public static String adoptionKey(String organisationCode, long epochSecond) {
        String code = organisationCode == null ? "" : organisationCode.replaceAll("[^A-Za-z0-9_-]", "_");
        return (code.length() > 40 ? code.substring(0, 40) : code) + "." + epochSecond;
    }

    public static Changes compare(Collection<RemoteCredit> recorded, Collection<Seen> there) {
        Map<String, RemoteCredit> known = recorded.stream()
                .collect(Collectors.toMap(r -> r.kind() + "/" + r.remoteKey(), Function.identity(), (a, b) -> a));
        List<Seen> credit = new ArrayList<>();
        List<RemoteCredit> withdraw = new ArrayList<>();
        for (Seen s : there) {
            RemoteCredit mine = known.get(s.kind() + "/" + s.key());
            if (mine == null) {
                if (!s.voided()) {
                    credit.add(s);
                }
            } else if (s.voided() && mine.kind() == RemoteCredit.Kind.ADOPTION && mine.voidedAt() == null) {
                withdraw.add(mine);
            }
        }
        return new Changes(credit, withdraw);
    }
}
