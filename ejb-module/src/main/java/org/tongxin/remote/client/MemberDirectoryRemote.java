package org.tongxin.remote.client;

import jakarta.ejb.Remote;
import java.util.List;

/**
 * The member directory for the office's other systems (role {@code remote-directory}): the members of the
 * organisations the service account sees (its own and those below it). JNDI name:
 * {@code ejb:tongxin/ejb-module/MemberDirectoryFacade!org.tongxin.remote.client.MemberDirectoryRemote}.
 */
@Remote
public interface MemberDirectoryRemote {

    /** The largest page or answer of the directory. */
    int MAX_SIZE = 200;

    /** The members holding this roster key (one per organisation at most); empty when none is visible. */
    List<RemoteMember> findByRosterKey(String rosterKey);

    /** Members by name, its pinyin or its initials (a prefix), at most {@code max} (up to {@link #MAX_SIZE}). */
    List<RemoteMember> findByName(String name, int max);

    /** A committee's members, a page at a time (page from 0, size up to {@link #MAX_SIZE}). */
    ResultPage<RemoteMember> findByCommittee(long committeeId, int page, int size);

    /** The special committees of the organisations the caller sees. */
    List<RemoteCommittee> committees();
}
