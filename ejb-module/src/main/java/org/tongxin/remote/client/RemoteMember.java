package org.tongxin.remote.client;

import java.io.Serializable;

/**
 * A member as the directory shows them to another system: the roster's line and the member's roster key (their key
 * in the office's roster sheet, unique in an organisation), no personal data (phone, birth date). Codes as in the
 * API: {@code party} ({@code CPC}, {@code RCCK} …), {@code position}, {@code status} ({@code ACTIVE}, {@code LEFT} …).
 */
public record RemoteMember(
        long id,
        long organisationId,
        String rosterKey,
        String name,
        String gender,
        String party,
        Long sectorId,
        String sectorName,
        int term,
        String position,
        Long committeeId,
        String committeeName,
        String status,
        String workplace,
        String title)
        implements Serializable {}
