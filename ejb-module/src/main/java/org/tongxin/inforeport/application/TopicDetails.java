package org.tongxin.inforeport.application;

/**
 * A report topic as an organisation's information editors manage it: a global one ({@code global}, hidden for the
 * organisation when {@code retired}) or one of the organisation's own (retired when no longer used).
 */
public record TopicDetails(
        long id,
        String code,
        boolean global,
        Long organisationId,
        String nameZh,
        String nameEn,
        int position,
        boolean retired,
        int version)
        implements java.io.Serializable {}
