package org.tongxin.inforeport.application;

/** A topic a report may be filed under. Serializable: pages keep it in view-scoped beans, which a cluster replicates. */
public record TopicSummary(String code, String nameZh, String nameEn) implements java.io.Serializable {}
