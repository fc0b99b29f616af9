package org.tongxin.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

/** The shape rule: what a plan lacks against "136+N", and which shapes are refused. */
class PlanShapeTest {

    private static final PlanShape.Counts DATONG = new PlanShape.Counts(1, 3, 6, 2);

    private static List<ConsultationForm> forms(ConsultationForm... f) {
        return List.of(f);
    }

    @Test
    void aPlanShowsWhatItLacksPerMainFormAndForTheOtherForms() {
        List<PlanShape.ShapeLine> lines = DATONG.check(forms(
                ConsultationForm.PLENARY,
                ConsultationForm.STANDING,
                ConsultationForm.MONTHLY,
                ConsultationForm.SECTOR));
        assertEquals(
                List.of("PLENARY", "STANDING", "MONTHLY", "OTHER"),
                lines.stream().map(PlanShape.ShapeLine::form).toList());
        assertEquals(
                List.of(0, 2, 5, 1),
                lines.stream().map(PlanShape.ShapeLine::missing).toList());
        assertEquals(
                8,
                DATONG.missing(forms(
                        ConsultationForm.PLENARY,
                        ConsultationForm.STANDING,
                        ConsultationForm.MONTHLY,
                        ConsultationForm.SECTOR)));
    }

    @Test
    void otherFormsCountTogetherAndMayExceedTheirMinimum() {
        List<ConsultationForm> planned = new java.util.ArrayList<>(forms(ConsultationForm.PLENARY));
        planned.addAll(List.of(ConsultationForm.STANDING, ConsultationForm.STANDING, ConsultationForm.STANDING));
        for (int i = 0; i < 6; i++) {
            planned.add(ConsultationForm.MONTHLY);
        }
        planned.addAll(List.of(ConsultationForm.SPECIAL, ConsultationForm.GRASSROOTS, ConsultationForm.PROPOSAL));
        assertEquals(0, DATONG.missing(planned));
        assertTrue(DATONG.check(planned).stream().allMatch(PlanShape.ShapeLine::met));
    }

    @Test
    void aSecondPlenaryIsShownAsExtraButIsNotMissing() {
        List<ConsultationForm> planned = forms(ConsultationForm.PLENARY, ConsultationForm.PLENARY);
        PlanShape.ShapeLine plenary = DATONG.check(planned).get(0);
        assertEquals(1, plenary.extra());
        assertEquals(0, plenary.missing());
        assertFalse(plenary.met());
    }

    @Test
    void theDefaultIs136WithNoMinimumOfOthers() {
        assertEquals(new PlanShape.Counts(1, 3, 6, 0), PlanShape.DEFAULT);
        assertEquals(10, PlanShape.DEFAULT.missing(List.of()));
    }

    @Test
    void aNegativeOrOversizedCountIsRefusedWithItsField() {
        for (var bad : List.of(
                new Object[] {new PlanShape.Counts(-1, 3, 6, 0), "plenary"},
                new Object[] {new PlanShape.Counts(1, 51, 6, 0), "standing"},
                new Object[] {new PlanShape.Counts(1, 3, -6, 0), "monthly"},
                new Object[] {new PlanShape.Counts(1, 3, 6, 99), "otherMin"})) {
            Problem p = assertThrows(
                    Problem.class, () -> new PlanShape(3L, (PlanShape.Counts) bad[0], "office", Instant.EPOCH));
            assertEquals(Set.of((String) bad[1]), p.fieldKeys().keySet());
            assertEquals(Problem.Kind.RULE, p.kind());
        }
    }

    @Test
    void aShapeChangesAndRemembersWhoChangedIt() {
        PlanShape shape = new PlanShape(3L, PlanShape.DEFAULT, "office", Instant.EPOCH);
        shape.change(DATONG, "office2", Instant.ofEpochSecond(60));
        assertEquals(DATONG, shape.counts());
        assertEquals("office2", shape.changedBy());
        assertThrows(Problem.class, () -> shape.change(new PlanShape.Counts(1, 3, 6, -1), "office", Instant.EPOCH));
        assertEquals(DATONG, shape.counts(), "a refused change leaves the shape as it was");
    }
}
