package org.tongxin.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A roster workbook as the office imports it: the roster export's columns, then one row per member. */
public final class RosterWorkbook {

    private static final String[] HEADER = {
        "编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态", "组织"
    };

    private RosterWorkbook() {}

    /** The workbook of these rows (in {@link #HEADER}'s columns; a {@code null} leaves its cell empty). */
    public static byte[] of(List<String[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("委员名册");
            Row h = s.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows.get(i).length; c++) {
                    if (rows.get(i)[c] != null) {
                        r.createCell(c).setCellValue(rows.get(i)[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A member of the education sector in the importing office's own organisation (the organisation column left
     * empty): a Minmeng professor on the proposals committee of the 15th term.
     */
    public static String[] member(String code, String name, String born, String phone, String status) {
        return new String[] {
            code, name, "女", "汉族", born, "民盟", "教育界", "15", "委员", "提案委员会", "大同大学", "教授", phone, status, null
        };
    }
}
