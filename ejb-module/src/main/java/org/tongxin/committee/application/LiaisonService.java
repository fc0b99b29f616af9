package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Local;

import org.tongxin.platform.kernel.Page;

/** Liaison groups, contact points, members' assignments and contact cards. */
@Local
public interface LiaisonService {

    List<LiaisonViews.Town> towns(long organisationId);

    Page<LiaisonViews.Point> points(long townId, String name, Page.Request request);

    List<LiaisonViews.Assignment> memberPoints(long memberId);

    LiaisonViews.Assignment assign(long memberId, long pointId, boolean fixed, LocalDate since);

    LiaisonViews.Assignment endAssignment(long assignmentId, LocalDate until);

    void joinGroup(long townId, long memberId);

    void leaveGroup(long townId, long memberId);

    /** The member's card (issued on first use): the member, office staff and leaders. */
    LiaisonViews.Card card(long memberId);

    /** A new secret for the card; the old QR code stops working. */
    LiaisonViews.Card reissueCard(long memberId);

    /** The public card page behind a QR code: open to anyone on the intranet who holds the secret. */
    LiaisonViews.Card publicCard(String token);

    /** The printable card as PDF, its QR code pointing at {@code cardUrl}. */
    byte[] cardPdf(long memberId, String baseUrl);
}
