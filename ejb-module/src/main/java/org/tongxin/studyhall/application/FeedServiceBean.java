package org.tongxin.studyhall.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxin.platform.application.AccountDirectory;
import org.tongxin.platform.application.AccountSummary;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.FeedToken;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;

/**
 * Calendar feeds. A feed request carries no login, only the token: the token's holder must still be an
 * enabled account that may see the space, so a disabled account's feeds stop at once.
 */
@Stateless
public class FeedServiceBean implements FeedService {

    /** What a feed covers: a month back and a year ahead. */
    static final Duration BACK = Duration.ofDays(31);

    static final Duration AHEAD = Duration.ofDays(366);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StudyHallRepository hall;

    @Inject
    HallSupport support;

    @Inject
    Callers callers;

    @Inject
    AccountDirectory accounts;

    @Inject
    OrganisationTime time;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public String renewToken() {
        Caller caller = callers.caller(session.getCallerPrincipal());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Optional<FeedToken> existing = hall.feedToken(caller.accountId());
        if (existing.isPresent()) {
            existing.get().renew(digest(token), clock.instant());
        } else {
            hall.add(new FeedToken(caller.accountId(), digest(token), clock.instant()));
        }
        return token;
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public boolean hasToken() {
        return hall.feedToken(callers.caller(session.getCallerPrincipal()).accountId())
                .isPresent();
    }

    /* The two feeds are read by calendar programs without a login: the personal secret in the address is the credential. */
    @Override
    @PermitAll
    public Optional<Feed> spaceFeed(long spaceId, String token) {
        Optional<Caller> holder = holder(token).map(AccountSummary::caller);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Optional<Space> space =
                hall.space(spaceId).filter(s -> callers.organisationVisible(holder.get(), s.organisationId()));
        if (space.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Booking> bookings = hall.bookings(spaceId, null, now.minus(BACK), now.plus(AHEAD));
        return Optional.of(new Feed(space.get().name(), time.zone(space.get().organisationId()), events(bookings)));
    }

    @Override
    @PermitAll
    public Optional<Feed> personalFeed(String token) {
        Optional<AccountSummary> holder = holder(token);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Caller caller = holder.get().caller();
        Instant now = clock.instant();
        Map<Long, Booking> mine = new java.util.LinkedHashMap<>();
        hall.bookingsOf(caller.accountId(), now.minus(BACK), now.plus(AHEAD)).forEach(b -> mine.put(b.id(), b));
        for (Registration r : hall.registrationsOf(caller.accountId())) {
            Activity a = hall.activity(r.activityId()).orElseThrow();
            hall.booking(a.bookingId())
                    .filter(b ->
                            b.endsAt().isAfter(now.minus(BACK)) && b.startsAt().isBefore(now.plus(AHEAD)))
                    .ifPresent(b -> mine.putIfAbsent(b.id(), b));
        }
        List<Booking> sorted = new ArrayList<>(mine.values());
        sorted.sort(java.util.Comparator.comparing(Booking::startsAt));
        return Optional.of(new Feed(holder.get().displayName(), time.zone(caller), events(sorted)));
    }

    private List<FeedEvent> events(List<Booking> bookings) {
        Map<Long, String> spaceNames = new java.util.HashMap<>();
        return bookings.stream()
                .map(b -> new FeedEvent(
                        b.id(),
                        b.startsAt(),
                        b.endsAt(),
                        b.title(),
                        spaceNames.computeIfAbsent(
                                b.spaceId(),
                                id -> hall.space(id).map(Space::name).orElse("")),
                        b.purpose(),
                        b.status().name(),
                        b.createdAt()))
                .toList();
    }

    private Optional<AccountSummary> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        // the calendar reads the hall as its holder would: only while the holder still holds a business role
        return hall.feedTokenByHash(digest(token.strip()))
                .flatMap(t -> accounts.enabled(t.accountId()))
                .filter(h -> h.caller().roles().stream().anyMatch(Role.business()::contains));
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
