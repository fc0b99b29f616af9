package org.tongxin.committee.application;

/** An active member as the new-term page lists them, to mark as leaving. */
public record TermCandidate(long id, String rosterKey, String name, String committeeName, String position)
        implements java.io.Serializable {}
