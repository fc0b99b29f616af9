package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Who may book a space, and whose booking waits for approval. */
class SpaceEligibilityTest {

    private static final OpeningHours HOURS =
            OpeningHours.parse("08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|08:30-17:30|09:00-12:00|-");

    private static final Set<Role> MEMBER = Set.of(Role.MEMBER);
    private static final Set<Role> STAFF = Set.of(Role.OFFICE_STAFF);
    private static final Set<Role> KEEPER = Set.of(Role.HALL_KEEPER);

    private static Space space(boolean needsApproval, boolean membersMayBook, boolean active) {
        return Ids.assign(new Space(
                1,
                new Space.Terms(
                        "委员书屋", Zone.READING, 20, HOURS, 30, 240, 30, needsApproval, membersMayBook, 24, active)));
    }

    private static Problem refusal(Space space, Set<Role> roles) {
        return assertThrows(Problem.class, () -> space.requireBookableBy(roles));
    }

    @Test
    void anOpenActiveSpaceTakesEveryonesBooking() {
        Space open = space(false, true, true);
        for (Set<Role> roles : Set.of(MEMBER, STAFF, KEEPER)) {
            assertDoesNotThrow(() -> open.requireBookableBy(roles));
        }
    }

    @Test
    void anInactiveSpaceTakesNoBookingNotEvenAKeepers() {
        Space inactive = space(false, true, false);
        for (Set<Role> roles : Set.of(MEMBER, STAFF, KEEPER)) {
            Problem p = refusal(inactive, roles);
            assertEquals("space-inactive", p.code());
            assertEquals(Problem.Kind.RULE, p.kind());
        }
    }

    @Test
    void aStaffOnlySpaceRefusesMembersButTakesStaffAndKeepers() {
        Space staffOnly = space(false, false, true);
        Problem p = refusal(staffOnly, MEMBER);
        assertEquals("staff-only", p.code());
        assertEquals(Problem.Kind.FORBIDDEN, p.kind());
        assertEquals(
                "staff-only",
                refusal(staffOnly, Set.of(Role.MEMBER, Role.LEADER)).code());
        assertDoesNotThrow(() -> staffOnly.requireBookableBy(STAFF));
        assertDoesNotThrow(() -> staffOnly.requireBookableBy(KEEPER));
        assertDoesNotThrow(() -> staffOnly.requireBookableBy(Set.of(Role.MEMBER, Role.OFFICE_STAFF)));
    }

    @Test
    void anInactiveSpaceIsNamedInactiveBeforeStaffOnly() {
        assertEquals(
                "space-inactive", refusal(space(false, false, false), MEMBER).code());
    }

    @Test
    void aSpaceThatNeedsApprovalHoldsEveryBookingButAKeepers() {
        Space approved = space(true, true, true);
        assertTrue(approved.bookingNeedsApprovalFrom(MEMBER));
        assertTrue(approved.bookingNeedsApprovalFrom(STAFF));
        assertFalse(approved.bookingNeedsApprovalFrom(KEEPER));
        assertFalse(approved.bookingNeedsApprovalFrom(Set.of(Role.OFFICE_STAFF, Role.HALL_KEEPER)));
    }

    @Test
    void aSpaceWithoutApprovalHoldsNoBooking() {
        Space free = space(false, true, true);
        assertFalse(free.bookingNeedsApprovalFrom(MEMBER));
        assertFalse(free.bookingNeedsApprovalFrom(KEEPER));
    }
}
