package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.LiaisonSheet;
import org.tongxin.committee.application.RosterSheet;

class PoiLiaisonSheetTest {

    private final PoiLiaisonSheet sheet = new PoiLiaisonSheet();

    @Test
    void whatTheTemplateHoldsTheImportReadsBackBySheet() throws Exception {
        byte[] file = sheet.write(Map.of(
                "towns", List.of(Map.of("name", "西街街道", "kind", "街道")),
                "points", List.of(Map.of("town", "西街街道", "name", "=东关社区", "kind", "社区")),
                "groups", List.of(Map.of("town", "西街街道", "name", "西街联络组", "leader", "CZ-001"))));
        Map<String, List<LiaisonSheet.SheetRow>> rows = sheet.read(new ByteArrayInputStream(file), 100);
        assertEquals(1, rows.get("towns").size());
        assertEquals(2, rows.get("points").get(0).number(), "the header is row 1");
        assertEquals("=东关社区", rows.get("points").get(0).cell("name"), "formula-like text comes back as written");
        assertEquals("CZ-001", rows.get("groups").get(0).cell("leader"));
        assertNull(rows.get("groups").get(0).cell("members"));
        assertTrue(sheet.read(new ByteArrayInputStream(sheet.write(Map.of())), 100).values().stream()
                .allMatch(List::isEmpty));
    }

    @Test
    void changzhisSizeIsReadAndMoreRowsThanTheLimitAreRefused() throws Exception {
        List<Map<String, String>> points = new ArrayList<>();
        for (int i = 0; i < 2606; i++) {
            points.add(Map.of("town", "镇" + (i % 198), "name", "村" + i, "kind", "村"));
        }
        byte[] file = sheet.write(Map.of("points", points));
        assertEquals(
                2606,
                sheet.read(new ByteArrayInputStream(file), 20_000).get("points").size());
        RosterSheet.Unreadable e =
                assertThrows(RosterSheet.Unreadable.class, () -> sheet.read(new ByteArrayInputStream(file), 2605));
        assertEquals("problem.import.too-many-rows", e.messageKey());
        assertEquals(
                "problem.import.unreadable",
                assertThrows(
                                RosterSheet.Unreadable.class,
                                () -> sheet.read(new ByteArrayInputStream(new byte[] {1, 2}), 10))
                        .messageKey());
    }
}
