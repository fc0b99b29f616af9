package org.tongxin.consultation.application;

import java.time.LocalDate;
import java.util.List;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeState;

/**
 * A consultation's consensus report (协商报告): the consultation (organisation, year, topic, form, planned month, lead
 * leader and committee, departments invited) and its outcomes with their departments, answers and instructions.
 */
public record ConsensusReport(
        String organisationName,
        int year,
        long itemId,
        String topic,
        ConsultationForm form,
        int month,
        String leadLeader,
        String leadCommittee,
        List<String> departmentsInvited,
        LocalDate issuedOn,
        List<Line> outcomes)
        implements java.io.Serializable {

    public record Line(
            String suggestion,
            String department,
            LocalDate due,
            OutcomeState state,
            boolean published,
            String answer,
            LocalDate answeredOn,
            String answeredBy,
            String answerDocument,
            LocalDate doneOn,
            List<Instruction> instructions)
            implements java.io.Serializable {}

    public record Instruction(String leader, LeaderLevel level, LocalDate on, String text)
            implements java.io.Serializable {}
}
