package org.tongxin.inforeport.application;

/** A topic a report may be filed under. */
public record TopicSummary(String code, String nameZh, String nameEn) {}
