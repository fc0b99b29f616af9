package org.tongxin.committee.application;

import java.util.List;

/** A plain workbook: one sheet, a header row in the reader's language, rows of text and numbers. */
public interface TableSheet {

    byte[] write(String sheetName, List<String> headers, List<List<Object>> rows);
}
