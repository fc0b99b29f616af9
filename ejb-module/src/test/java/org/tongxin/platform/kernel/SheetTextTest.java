package org.tongxin.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SheetTextTest {

    @Test
    void textThatCouldStartAFormulaIsWrittenBehindAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SheetText.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", SheetText.cell("+1+2"));
        assertEquals("'-2+3", SheetText.cell("-2+3"));
        assertEquals("'@SUM(A1)", SheetText.cell("@SUM(A1)"));
        assertEquals("'\t=1", SheetText.cell("\t=1"));
        assertEquals("'\r=1", SheetText.cell("\r=1"));
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        assertEquals("张伟明", SheetText.cell("张伟明"));
        assertEquals("a=b", SheetText.cell("a=b"));
        assertEquals("", SheetText.cell(""));
        assertEquals("'quoted'", SheetText.cell("'quoted'"));
        assertNull(SheetText.cell(null));
    }

    @Test
    void readingUndoesWhatWritingDid() {
        for (String v : new String[] {"=1+2", "+86 138 0000 0000", "-", "@a", "plain", "'quoted'", "'", ""}) {
            assertEquals(v, SheetText.read(SheetText.cell(v)), v);
        }
    }
}
