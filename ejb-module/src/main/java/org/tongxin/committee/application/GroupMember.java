package org.tongxin.committee.application;

/** A member of a town's liaison group. */
public record GroupMember(long id, String name) implements java.io.Serializable {}
