package org.tongxin.inforeport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.inforeport.domain.RemoteCredit.Kind;
import org.tongxin.inforeport.domain.RemoteLedger.Seen;

/** What is credited and withdrawn here for what a forwarded report earned on another deployment. */
class RemoteLedgerTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 20);
    private static final Delivery DELIVERY = new Delivery();

    private static Seen adoption(String key, boolean voided) {
        return new Seen(Kind.ADOPTION, key, InstructionLevel.PROVINCE, ON, "山西省政协", voided);
    }

    private static RemoteCredit recorded(Seen s) {
        return new RemoteCredit(DELIVERY, s.kind(), s.key(), s.level(), s.on(), s.label(), Instant.EPOCH);
    }

    @Test
    void newAdoptionsAndInstructionsAreCreditedOnce() {
        Seen adopted = adoption("SX.100", false);
        Seen instruction = new Seen(Kind.INSTRUCTION, "77", InstructionLevel.PROVINCE, ON, "王省长", false);
        RemoteLedger.Changes first = RemoteLedger.compare(List.of(), List.of(adopted, instruction));
        assertEquals(List.of(adopted, instruction), first.credit());
        RemoteLedger.Changes again =
                RemoteLedger.compare(List.of(recorded(adopted), recorded(instruction)), List.of(adopted, instruction));
        assertTrue(again.none(), "read back twice, credited once");
    }

    @Test
    void anAdoptionVoidedThereIsWithdrawnHereOnceAndOneVoidedBeforeItWasSeenIsNeverCredited() {
        RemoteCredit mine = recorded(adoption("SX.100", false));
        RemoteLedger.Changes voided = RemoteLedger.compare(List.of(mine), List.of(adoption("SX.100", true)));
        assertEquals(List.of(mine), voided.withdraw());
        mine.voided(Instant.EPOCH);
        assertTrue(
                RemoteLedger.compare(List.of(mine), List.of(adoption("SX.100", true)))
                        .none(),
                "withdrawn once");
        assertTrue(RemoteLedger.compare(List.of(), List.of(adoption("SX.200", true)))
                .none());
    }

    @Test
    void anAdoptionGivenAgainAfterAVoidCountsAgainAndWhatDisappearsThereStays() {
        RemoteCredit first = recorded(adoption("SX.100", false));
        first.voided(Instant.EPOCH);
        Seen again = adoption("SX.300", false);
        assertEquals(
                List.of(again),
                RemoteLedger.compare(List.of(first), List.of(adoption("SX.100", true), again))
                        .credit());
        assertTrue(RemoteLedger.compare(List.of(recorded(again)), List.of()).none());
    }

    @Test
    void keysAreWhatTheDutyLedgerAccepts() {
        assertEquals("SX-C01.1700000000", RemoteLedger.adoptionKey("SX-C01", 1_700_000_000L));
        assertEquals("___.5", RemoteLedger.adoptionKey("省/市", 5));
    }
}
