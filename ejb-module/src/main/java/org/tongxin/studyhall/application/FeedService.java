package org.tongxin.studyhall.application;

import java.time.ZoneId;
import java.util.List;

/**
 * Calendar feeds (iCal) for calendar programs that cannot log in: the address carries a secret per person,
 * which the person can renew.
 */
public interface FeedService {

    /** A new secret for the caller's feeds; the old one stops working. Shown once: only its digest is kept. */
    String renewToken();

    boolean hasToken();

    /** The bookings of a space for the holder of the token; empty when the token is unknown. */
    java.util.Optional<Feed> spaceFeed(long spaceId, String token);

    /** The holder's own bookings and sign-ups. */
    java.util.Optional<Feed> personalFeed(String token);

    /** A feed: its name, the zone of its organisation (the calendar's {@code X-WR-TIMEZONE}) and its events. */
    record Feed(String name, ZoneId zone, List<FeedEvent> events) implements java.io.Serializable {}
}
