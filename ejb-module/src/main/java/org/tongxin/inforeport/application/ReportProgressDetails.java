package org.tongxin.inforeport.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of a received report on this deployment, for the deployment that sent it: its state, the
 * adoptions along its path here (by organisation code; {@code level} COUNTY, CITY or PROVINCE) and the
 * leaders' instructions on it.
 */
public record ReportProgressDetails(long id, String state, List<Adoption> adoptions, List<Instruction> instructions)
        implements java.io.Serializable {

    public record Adoption(
            String organisationCode, String organisationName, String level, Instant adoptedAt, boolean voided)
            implements java.io.Serializable {}

    public record Instruction(long id, String level, LocalDate givenOn, String leaderName)
            implements java.io.Serializable {}
}
