package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

class PoiTableSheetTest {

    @Test
    void formulaLikeTextIsWrittenAsTextBehindAnApostropheAndNumbersStayNumbers() throws Exception {
        byte[] xlsx = new PoiTableSheet()
                .write(
                        "统计",
                        List.of("名称", "数量"),
                        List.of(
                                List.<Object>of("=cmd|' /C calc'!A0", -3),
                                List.<Object>of("+1", 2),
                                List.<Object>of("大同市政协", 1)));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Row first = wb.getSheetAt(0).getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("'=cmd|' /C calc'!A0", first.getCell(0).getStringCellValue());
            assertEquals(-3.0, first.getCell(1).getNumericCellValue());
            assertEquals("'+1", wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals("大同市政协", wb.getSheetAt(0).getRow(3).getCell(0).getStringCellValue());
        }
    }
}
