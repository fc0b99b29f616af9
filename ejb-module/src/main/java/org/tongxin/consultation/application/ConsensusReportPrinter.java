package org.tongxin.consultation.application;

/** Lays out a consensus report (协商报告) as PDF and as Word (.docx). */
public interface ConsensusReportPrinter {

    byte[] pdf(ConsensusReport report);

    byte[] docx(ConsensusReport report);
}
