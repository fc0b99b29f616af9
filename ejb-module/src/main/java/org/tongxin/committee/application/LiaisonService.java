package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.kernel.Page;

/** Liaison groups, contact points, members' assignments and contact cards. */
@Local
public interface LiaisonService {

    List<TownSummary> towns(long organisationId);

    Page<PointSummary> points(long townId, String name, Page.Request request);

    List<AssignmentRow> memberPoints(long memberId);

    AssignmentRow assign(long memberId, long pointId, boolean fixed, LocalDate since);

    AssignmentRow endAssignment(long assignmentId, LocalDate until);

    void joinGroup(long townId, long memberId);

    void leaveGroup(long townId, long memberId);

    /** The member's card (issued on first use): the member, office staff and leaders. */
    CardDetails card(long memberId);

    /** A new secret for the card; the old QR code stops working. */
    CardDetails reissueCard(long memberId);

    /** The public card page behind a QR code: open to anyone on the intranet who holds the secret. */
    CardDetails publicCard(String token);

    /**
     * Contact-point coverage of the caller's organisations (their own and, where the role allows, those below): live
     * points and how many of them have a member assigned now. Office staff and leaders.
     */
    PointCoverage coverage();

    /** The printable card as PDF, its QR code pointing at {@code cardUrl}. */
    byte[] cardPdf(long memberId, String baseUrl);
}
