package org.tongxin.remote.client;

import java.io.Serializable;

/** A special committee of an organisation the caller sees, with the number of its active members. */
public record RemoteCommittee(long id, long organisationId, String name, long activeMembers) implements Serializable {}
