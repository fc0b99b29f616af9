package org.tongxin.platform.application;

/** An account in brief for other contexts: the caller it is (id, roles, visible organisations) and the name it shows. */
public record AccountSummary(Caller caller, String displayName) implements java.io.Serializable {}
