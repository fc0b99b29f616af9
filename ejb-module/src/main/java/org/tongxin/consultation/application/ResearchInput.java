package org.tongxin.consultation.application;

import java.time.LocalDate;
import java.util.List;

/** A research trip as the office enters it: day, place, the members taking part, findings, documents (one a line). */
public record ResearchInput(LocalDate on, String place, List<Long> memberIds, String findings, List<String> documents)
        implements java.io.Serializable {}
