package org.tongxin.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void controlCharactersAreRefusedEverywhere() {
        for (String s : new String[] {
            "a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\u0085", "\u009b", "\ud800", "a\udc00", "\uffff"
        }) {
            assertEquals("problem.text.control", PlainText.problem(s, false), s);
            assertEquals("problem.text.control", PlainText.problem(s, true), s);
        }
    }

    @Test
    void lineBreaksAndTabsAreFineInLongTextsButNotInNames() {
        assertNull(PlainText.problem("第一段\r\n第二段\t完", false));
        assertEquals("problem.text.control", PlainText.problem("张\n伟明", true));
        assertEquals("problem.text.control", PlainText.problem("张\t伟明", true));
    }

    @Test
    void bidirectionalControlsAreRefusedInNames() {
        for (char c :
                new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals(
                    "problem.text.bidi", PlainText.problem("report" + c + "fdp.exe", true), Integer.toHexString(c));
            assertNull(PlainText.problem("正文" + c, false));
        }
    }

    @Test
    void ordinaryTextPasses() {
        assertNull(PlainText.problem("张伟明 Zhang Weiming 😀 ①", true));
        assertNull(PlainText.problem(null, true));
    }

    @Test
    void checkNamesTheField() {
        Problem p = assertThrows(Problem.class, () -> PlainText.check("title", "a\u202Eb", true));
        assertEquals("problem.text.bidi", p.fieldKeys().get("title"));
    }

    @Test
    void titlesNamesAndFileNamesAreNameFields() {
        for (String f :
                new String[] {"title", "name", "displayName", "username", "fileName", "targetName", "spaceTitle"}) {
            assertTrue(PlainText.nameField(f), f);
        }
        for (String f : new String[] {"body", "note", "purpose", "password", "names"}) {
            assertFalse(PlainText.nameField(f), f);
        }
    }
}
