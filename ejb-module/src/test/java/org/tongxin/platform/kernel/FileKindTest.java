package org.tongxin.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FileKindTest {

    private static byte[] docx() throws Exception {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("附件");
            d.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void judgesByContentAndWantsANameThatAgrees() throws Exception {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.of(FileKind.PDF), FileKind.of(pdf, "调研报告.PDF"));
        assertEquals(Optional.empty(), FileKind.of(pdf, "setup.exe"), "a PDF under another name");
        assertEquals(
                Optional.empty(),
                FileKind.of("<html><script>".getBytes(StandardCharsets.UTF_8), "page.pdf"),
                "text named .pdf");
        assertEquals(
                Optional.of(FileKind.PNG),
                FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "photo.png"));
        assertEquals(
                Optional.of(FileKind.JPEG),
                FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "photo.jpeg"));
        assertEquals(Optional.of(FileKind.DOCX), FileKind.of(docx(), "材料.docx"));
        assertEquals(Optional.empty(), FileKind.of(docx(), "材料.xlsx"), "a Word document named as a workbook");
        assertEquals(
                Optional.empty(),
                FileKind.of(new byte[] {'P', 'K', 3, 4, 0, 0}, "archive.docx"),
                "a zip that is no Office document");
        assertTrue(FileKind.of(new byte[0], "empty.pdf").isEmpty());
    }
}
