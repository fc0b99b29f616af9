package org.tongxin.consultation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.consultation.application.ConsensusReport;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.platform.kernel.pdf.PdfChecks;

class ConsensusReportDocumentsTest {

    private static ConsensusReport report(int outcomes) {
        List<ConsensusReport.Line> lines = new ArrayList<>();
        for (int i = 1; i <= outcomes; i++) {
            lines.add(new ConsensusReport.Line(
                    "建议第" + i + "项：完善社区养老服务网络，" + "统筹利用闲置资源建设嵌入式养老服务设施。".repeat(3),
                    "市民政局",
                    LocalDate.of(2026, 12, 31),
                    OutcomeState.ANSWERED,
                    true,
                    "已纳入明年工作计划。".repeat(4),
                    LocalDate.of(2026, 11, 20),
                    "李明",
                    null,
                    null,
                    List.of(new ConsensusReport.Instruction(
                            "王市长", LeaderLevel.CITY, LocalDate.of(2026, 11, 25), "请民政局抓紧落实。"))));
        }
        return new ConsensusReport(
                "大同市政协",
                2026,
                9,
                "推进居家社区养老服务",
                ConsultationForm.MONTHLY,
                10,
                "张主席",
                "社会和法制委员会",
                List.of("市民政局", "市卫健委"),
                LocalDate.of(2026, 12, 1),
                lines);
    }

    @Test
    void thePdfIsInThePlatformsEmbeddedFontAndItsTextExtracts() {
        byte[] pdf = new ConsensusReportDocuments().pdf(report(2));
        PdfChecks.embedsNotoSerifSc(pdf);
        String text = PdfChecks.text(pdf);
        for (String s : List.of("大同市政协协商报告", "一、协商基本情况", "协商议题：推进居家社区养老服务", "责任单位：市民政局", "第 1 页 / 共 ")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
    }

    @Test
    void aLongReportNumbersItsPagesAndNoHeadingEndsAPage() {
        List<String> pages = PdfChecks.pages(new ConsensusReportDocuments().pdf(report(12)));
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("第 " + (p + 1) + " 页 / 共 " + pages.size() + " 页"), page);
            String body = page.strip();
            assertFalse(body.substring(0, body.lastIndexOf('第')).strip().endsWith("二、协商成果及办理情况"), page);
        }
    }
}
