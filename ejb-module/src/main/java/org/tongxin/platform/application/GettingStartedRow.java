package org.tongxin.platform.application;

/** One item of the checklist as the home page shows it: its label key, its page and whether it is done. */
public record GettingStartedRow(String key, String page, boolean done) implements java.io.Serializable {}
