package org.tongxin.home.application;

import java.util.List;

/** Writes the dashboard's sections as a workbook or a PDF (home.infrastructure). */
public interface DashboardDocuments {

    /** A section: its title and its lines. */
    record Section(String title, List<Line> lines) {}

    /** A line: a label and a value (a number, a share 0–1 as {@link Share}, or text). */
    record Line(String label, Object value) {}

    /** A fraction shown as a percentage. */
    record Share(double value) {}

    byte[] workbook(String title, List<String> heading, List<String> columns, List<Section> sections);

    /** The PDF; {@code pages} the pattern of the page numbers, {@code {0}} the page, {@code {1}} the number of pages. */
    byte[] pdf(String title, List<String> heading, List<Section> sections, String pages);
}
