package org.tongxin.inforeport.application;

/** What another deployment is answered when it forwards a report: the report made here, and whether it was made before. */
public record ReceivedReportSummary(long id, String state, boolean duplicate) implements java.io.Serializable {}
