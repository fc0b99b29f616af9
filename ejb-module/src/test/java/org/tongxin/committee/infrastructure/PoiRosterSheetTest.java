package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.RosterSheet;

class PoiRosterSheetTest {

    private final PoiRosterSheet sheet = new PoiRosterSheet();

    @Test
    void whatTheExportWritesTheImportReadsBack() throws Exception {
        Map<String, String> member = new HashMap<>();
        member.put("rosterKey", "DT-15-0001");
        member.put("name", "张伟明");
        member.put("gender", "男");
        member.put("birthDate", "1970-03-01");
        member.put("term", "15");
        byte[] file = sheet.write(List.of(member));
        List<RosterSheet.SheetRow> rows = sheet.read(new ByteArrayInputStream(file), 10);
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).number(), "the header is row 1");
        assertEquals("张伟明", rows.get(0).cell("name"));
        assertEquals("1970-03-01", rows.get(0).cell("birthDate"));
        assertNull(rows.get(0).cell("phone"));
    }

    @Test
    void numbersAndDatesTypedIntoCellsAreReadAsTheOfficeMeantThem() throws Exception {
        byte[] file = workbook(sheet -> {
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("DT-9");
            r.createCell(7).setCellValue(15d);
            r.createCell(12).setCellValue(13800000000d);
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(
                    sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var birth = r.createCell(4);
            birth.setCellValue(LocalDate.of(1966, 12, 31));
            birth.setCellStyle(date);
            sheet.createRow(2); // an empty row is skipped
        });
        List<RosterSheet.SheetRow> rows = sheet.read(new ByteArrayInputStream(file), 10);
        assertEquals(1, rows.size());
        assertEquals("15", rows.get(0).cell("term"));
        assertEquals("13800000000", rows.get(0).cell("phone"));
        assertEquals("1966-12-31", rows.get(0).cell("birthDate"));
    }

    @Test
    void aFileThatIsNoWorkbookOrTooLongIsRefusedWhole() throws Exception {
        RosterSheet.Unreadable notXlsx = assertThrows(
                RosterSheet.Unreadable.class, () -> sheet.read(new ByteArrayInputStream("姓名,性别".getBytes()), 10));
        assertEquals("problem.import.unreadable", notXlsx.messageKey());
        byte[] three = workbook(s -> {
            for (int i = 1; i <= 3; i++) {
                s.createRow(i).createCell(1).setCellValue("委员" + i);
            }
        });
        assertEquals(
                "problem.import.too-many-rows",
                assertThrows(RosterSheet.Unreadable.class, () -> sheet.read(new ByteArrayInputStream(three), 2))
                        .messageKey());
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("编号");
            fill.accept(s);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
