package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.OrganisationLevel;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void levelsFollowTheTreeProvinceCityCounty() {
        Organisation province = Organisation.root("SX", "山西省政协", NOW);
        Organisation city = province.addChild("SX-DT", "大同市政协", NOW);
        Organisation county = city.addChild("SX-DT-PC", "平城区政协", NOW);
        assertEquals(OrganisationLevel.PROVINCE, province.level());
        assertEquals(OrganisationLevel.CITY, city.level());
        assertEquals(OrganisationLevel.COUNTY, county.level());
        Problem p = assertThrows(Problem.class, () -> county.addChild("SX-DT-PC-1", "镇", NOW));
        assertEquals("organisation-too-deep", p.code());
    }

    @Test
    void codesAreUpperCaseAndNamesAreRequired() {
        assertEquals("SX-DT", Organisation.root("sx-dt", "大同", NOW).code());
        assertThrows(Problem.class, () -> Organisation.root("S X", "大同", NOW));
        assertThrows(Problem.class, () -> Organisation.root("SX", "  ", NOW));
    }

    @Test
    void thePathNamesTheAncestorsSoASiblingIsNeverContained() throws Exception {
        Organisation province = withId(Organisation.root("SX", "山西省政协", NOW), 1);
        Organisation datong = withId(province.addChild("SX-DT", "大同市政协", NOW), 51);
        Organisation changzhi = withId(province.addChild("SX-CZ", "长治市政协", NOW), 5);
        Organisation pingcheng = withId(datong.addChild("SX-DT-PC", "平城区政协", NOW), 52);
        assertEquals("/1/51/52/", pingcheng.path());
        assertTrue(datong.contains(pingcheng));
        assertFalse(changzhi.contains(pingcheng));
        // "/1/5/" is a string prefix of "/1/51/": the trailing slash keeps them apart
        assertFalse(changzhi.contains(datong));
    }

    @Test
    void aCountyMovesUnderAnotherCityWithItsPathButNeverBelowItselfOrToAnotherLevel() throws Exception {
        Organisation province = withId(Organisation.root("SX", "山西省政协", NOW), 1);
        Organisation datong = withId(province.addChild("SX-DT", "大同市政协", NOW), 2);
        Organisation changzhi = withId(province.addChild("SX-CZ", "长治市政协", NOW), 3);
        Organisation pingcheng = withId(datong.addChild("SX-DT-PC", "平城区政协", NOW), 4);

        pingcheng.moveUnder(changzhi);
        pingcheng.repath();
        assertEquals("/1/3/4/", pingcheng.path());
        assertTrue(changzhi.contains(pingcheng));

        Problem cycle = assertThrows(Problem.class, () -> changzhi.moveUnder(pingcheng));
        assertEquals("organisation-cycle", cycle.code());
        assertEquals(Problem.Kind.CONFLICT, cycle.kind());
        assertEquals(
                "organisation-cycle",
                assertThrows(Problem.class, () -> datong.moveUnder(datong)).code());
        assertEquals(
                "organisation-level",
                assertThrows(Problem.class, () -> pingcheng.moveUnder(province)).code());
        assertEquals(
                "organisation-root-fixed",
                assertThrows(Problem.class, () -> province.moveUnder(datong)).code());
    }

    @Test
    void aRetiredOrganisationTakesNothingNew() throws Exception {
        Organisation province = withId(Organisation.root("SX", "山西省政协", NOW), 1);
        Organisation datong = withId(province.addChild("SX-DT", "大同市政协", NOW), 2);
        Organisation changzhi = withId(province.addChild("SX-CZ", "长治市政协", NOW), 3);
        Organisation pingcheng = withId(datong.addChild("SX-DT-PC", "平城区政协", NOW), 4);
        datong.requireOpen();
        datong.retire(NOW);
        datong.retire(NOW.plusSeconds(60));
        assertTrue(datong.isRetired());
        assertEquals(NOW, datong.retiredAt(), "retiring twice keeps the first date");
        Problem p = assertThrows(Problem.class, datong::requireOpen);
        assertEquals("organisation-retired", p.code());
        assertEquals(Problem.Kind.CONFLICT, p.kind());
        assertEquals(
                "organisation-retired",
                assertThrows(Problem.class, () -> datong.addChild("SX-DT-X", "新区", NOW))
                        .code());
        changzhi.retire(NOW);
        assertEquals(
                "organisation-retired",
                assertThrows(Problem.class, () -> pingcheng.moveUnder(changzhi)).code());
    }

    @Test
    void visibilityFollowsTheRoles() throws Exception {
        Organisation province = withId(Organisation.root("SX", "山西省政协", NOW), 1);
        Organisation datong = withId(province.addChild("SX-DT", "大同市政协", NOW), 2);
        Organisation pingcheng = withId(datong.addChild("SX-DT-PC", "平城区政协", NOW), 3);
        Account member = new Account("member", "委员", datong, "h", NOW);
        member.assignRoles(java.util.Set.of(Role.MEMBER));
        Account office = new Account("office", "机关", datong, "h", NOW);
        office.assignRoles(java.util.Set.of(Role.OFFICE_STAFF));
        assertFalse(member.visible().includes(pingcheng.path()));
        assertTrue(member.visible().includes(datong.path()));
        assertEquals("/1/2/", member.visible().pathPattern());
        assertTrue(office.visible().includes(pingcheng.path()));
        assertFalse(office.visible().includes(province.path()));
        assertEquals("/1/2/%", office.visible().pathPattern());
    }

    private static Organisation withId(Organisation o, long id) throws Exception {
        Field f = Organisation.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(o, id);
        o.assignPath();
        return o;
    }
}
