package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Local;

import org.tongxin.committee.domain.MemberQuery;
import org.tongxin.committee.domain.MemberStatus;
import org.tongxin.committee.domain.Position;
import org.tongxin.platform.domain.Page;

/** The roster of the organisations the caller may see, and the office's dated changes to it. */
@Local
public interface RosterService {

    List<CommitteeView> committees();

    List<SectorView> sectors();

    Page<MemberSummary> search(MemberQuery query, Page.Request request);

    MemberProfile member(long id);

    void placeIn(long memberId, long committeeId, LocalDate effectiveOn);

    void changePosition(long memberId, Position position, LocalDate effectiveOn);

    void changeStatus(long memberId, MemberStatus status, LocalDate effectiveOn);
}
