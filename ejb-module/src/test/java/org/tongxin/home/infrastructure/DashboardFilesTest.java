package org.tongxin.home.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.home.application.DashboardDocuments.Line;
import org.tongxin.home.application.DashboardDocuments.Section;
import org.tongxin.home.application.DashboardDocuments.Share;
import org.tongxin.platform.kernel.pdf.PdfChecks;

class DashboardFilesTest {

    private static List<Section> sections(int n) {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sections.add(new Section(
                    "履职情况" + i,
                    List.of(
                            new Line("在职委员", 120 + i),
                            new Line("联系点覆盖率", new Share(0.75)),
                            new Line("平城区 · 收集/办结", "12/9"))));
        }
        return sections;
    }

    @Test
    void thePdfIsInThePlatformsEmbeddedFontWithItsPagesNumbered() {
        byte[] pdf = new DashboardFiles()
                .pdf("履职工作驾驶舱", List.of("范围：大同市政协", "期间：2026-01-01 – 2026-12-04"), sections(1), "第 {0} 页 / 共 {1} 页");
        PdfChecks.embedsNotoSerifSc(pdf);
        String text = PdfChecks.text(pdf);
        for (String s : List.of("履职工作驾驶舱", "范围：大同市政协", "履职情况1", "联系点覆盖率", "75.0%", "第 1 页 / 共 1 页")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
    }

    @Test
    void thePageNumbersSpeakTheReadersLanguage() {
        List<String> pages =
                PdfChecks.pages(new DashboardFiles().pdf("Dashboard", List.of(), sections(30), "Page {0} of {1}"));
        assertTrue(pages.size() > 1, pages.size() + " pages");
        for (int p = 0; p < pages.size(); p++) {
            assertTrue(pages.get(p).contains("Page " + (p + 1) + " of " + pages.size()), pages.get(p));
        }
    }
}
