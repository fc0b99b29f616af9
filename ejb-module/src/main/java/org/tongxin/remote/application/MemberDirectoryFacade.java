package org.tongxin.remote.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Role;
import org.tongxin.remote.client.MemberDirectoryRemote;
import org.tongxin.remote.client.RemoteCommittee;
import org.tongxin.remote.client.RemoteMember;
import org.tongxin.remote.client.ResultPage;

/** The member directory over {@link RosterService#directory}: its scoping, no personal data. */
@Stateless
@RolesAllowed(Role.REMOTE_DIRECTORY_CODE)
public class MemberDirectoryFacade implements MemberDirectoryRemote {

    @EJB
    RosterService roster;

    @Override
    public List<RemoteMember> findByRosterKey(String rosterKey) {
        if (rosterKey == null || rosterKey.isBlank()) {
            return List.of();
        }
        return Problems.translated(
                () -> roster.directory(rosterKey, null, new Page.Request(0, MAX_SIZE)).items().stream()
                        .map(MemberDirectoryFacade::member)
                        .toList());
    }

    @Override
    public List<RemoteMember> findByName(String name, int max) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        MemberQuery query = new MemberQuery(null, null, null, null, null, null, name.strip());
        return Problems.translated(() -> roster.directory(null, query, new Page.Request(0, size(max))).items().stream()
                .map(MemberDirectoryFacade::member)
                .toList());
    }

    @Override
    public ResultPage<RemoteMember> findByCommittee(long committeeId, int page, int size) {
        MemberQuery query = new MemberQuery(committeeId, null, null, null, null, null, null);
        return Problems.translated(() -> {
            Page<RosterService.Keyed> found =
                    roster.directory(null, query, new Page.Request(Math.max(0, page), size(size)));
            return new ResultPage<>(
                    found.items().stream().map(MemberDirectoryFacade::member).toList(),
                    found.page(),
                    found.size(),
                    found.total());
        });
    }

    @Override
    public List<RemoteCommittee> committees() {
        return Problems.translated(() -> roster.committees().stream()
                .map(MemberDirectoryFacade::committee)
                .toList());
    }

    private static int size(int asked) {
        return Math.max(1, Math.min(asked, MAX_SIZE));
    }

    private static RemoteCommittee committee(CommitteeSummary c) {
        return new RemoteCommittee(c.id(), c.organisationId(), c.name(), c.activeMembers());
    }

    private static RemoteMember member(RosterService.Keyed k) {
        MemberSummary m = k.member();
        return new RemoteMember(
                m.id(),
                m.organisationId(),
                k.rosterKey(),
                m.name(),
                m.gender(),
                m.party(),
                m.sectorId(),
                m.sectorName(),
                m.term(),
                m.position(),
                m.committeeId(),
                m.committeeName(),
                m.status(),
                m.workplace(),
                m.title());
    }
}
