package org.tongxin.studyhall.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.ActivityKind;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.CalendarDay;
import org.tongxin.studyhall.domain.DayKind;
import org.tongxin.studyhall.domain.OpeningHours;
import org.tongxin.studyhall.domain.Recurrence;
import org.tongxin.studyhall.domain.Registration;
import org.tongxin.studyhall.domain.RegistrationStatus;
import org.tongxin.studyhall.domain.Series;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.WorkingCalendar;

/**
 * The demo city's academy (大同政协书院): its four zones, the national holidays of this year and the next,
 * and a year of bookings and activities in the seed's proportions (about 100 reading-sharing sessions and
 * 18 weekend salons a year, lectures, study sessions and expert talks), six weeks ahead as well, with
 * sign-ups, check-ins and the attendance of this year credited to the duty ledger through DutyEvent.
 */
@ApplicationScoped
public class DemoStudyHall {

    private static final Logger LOG = Logger.getLogger(DemoStudyHall.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    MemberDirectory directory;

    @Inject
    Clock clock;

    @Inject
    Event<DutyEvent> duty;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    private record Planned(Booking booking, ActivityKind kind, int capacity, int signUps) {}

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        Long keeper = event.accountIds().get("keeper");
        Long office = event.accountIds().get("office");
        if (!event.demoData() || datong == null || keeper == null || office == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        List<CalendarDay> days = holidays(datong, today.getYear());
        days.forEach(em::persist);
        WorkingCalendar calendar = new WorkingCalendar(days);

        OpeningHours.Window day = new OpeningHours.Window(LocalTime.of(8, 30), LocalTime.of(21, 0));
        Space display = space(
                datong,
                "图书陈列区",
                org.tongxin.studyhall.domain.Zone.BOOK_DISPLAY,
                30,
                OpeningHours.of(new OpeningHours.Window(LocalTime.of(9, 0), LocalTime.of(17, 30)), DayOfWeek.values()),
                30,
                240,
                30,
                false,
                false,
                24);
        Space reading = space(
                datong,
                "阅读区",
                org.tongxin.studyhall.domain.Zone.READING,
                60,
                OpeningHours.of(day, DayOfWeek.values()),
                30,
                240,
                14,
                false,
                true,
                2);
        Space activity = space(
                datong,
                "活动区",
                org.tongxin.studyhall.domain.Zone.ACTIVITY,
                80,
                OpeningHours.of(day, DayOfWeek.values()),
                60,
                240,
                60,
                false,
                true,
                24);
        List<OpeningHours.Window> hallHours = new ArrayList<>(
                Collections.nCopies(5, new OpeningHours.Window(LocalTime.of(8, 30), LocalTime.of(17, 30))));
        hallHours.add(new OpeningHours.Window(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        hallHours.add(null);
        Space lectureHall = space(
                datong,
                "政协讲堂",
                org.tongxin.studyhall.domain.Zone.LECTURE_HALL,
                200,
                OpeningHours.ofDays(hallHours),
                60,
                480,
                90,
                true,
                true,
                48);
        em.flush();

        Random random = new Random(2026_1201L);
        List<Planned> planned = new ArrayList<>();
        LocalDate first = today.minusDays(365);
        LocalDate last = today.plusDays(42);
        Series salons = null;
        int salonWeek = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            boolean open = calendar.opening(d, activity.openingHours()).isPresent();
            DayOfWeek dow = d.getDayOfWeek();
            if (open && (dow == DayOfWeek.TUESDAY || dow == DayOfWeek.THURSDAY) && random.nextInt(100) < 97) {
                planned.add(plan(
                        activity,
                        d,
                        19,
                        0,
                        90,
                        "读书分享会：" + pick(random, BOOKS),
                        "委员共读并分享心得",
                        office,
                        random,
                        ActivityKind.READING_SHARING,
                        40,
                        10 + random.nextInt(16),
                        now));
            }
            if (open && dow == DayOfWeek.SATURDAY && salonWeek++ % 3 == 0) {
                if (salons == null) {
                    salons = new Series(
                            activity,
                            new Recurrence(3, last, null),
                            d.atTime(14, 30).atZone(ZONE).toInstant(),
                            "office",
                            now);
                    em.persist(salons);
                    em.flush();
                }
                planned.add(plan(
                        activity,
                        d,
                        14,
                        30,
                        120,
                        "周末沙龙：" + pick(random, SALONS),
                        "周末沙龙，委员与群众代表座谈",
                        office,
                        random,
                        ActivityKind.SALON,
                        60,
                        20 + random.nextInt(21),
                        now,
                        salons.id()));
            }
            boolean hallOpen = calendar.opening(d, lectureHall.openingHours()).isPresent();
            if (hallOpen && dow == DayOfWeek.WEDNESDAY && d.getDayOfMonth() <= 14) {
                planned.add(plan(
                        lectureHall,
                        d,
                        9,
                        0,
                        150,
                        "政协讲堂：" + pick(random, LECTURES),
                        "面向全体委员的专题讲座",
                        office,
                        random,
                        ActivityKind.LECTURE,
                        180,
                        30 + random.nextInt(31),
                        now));
            }
            if (hallOpen && dow == DayOfWeek.FRIDAY && d.getDayOfMonth() > 14 && d.getDayOfMonth() <= 28) {
                planned.add(plan(
                        lectureHall,
                        d,
                        14,
                        30,
                        150,
                        "专题学习：" + pick(random, STUDIES),
                        "专门委员会集体学习",
                        office,
                        random,
                        ActivityKind.STUDY_SESSION,
                        120,
                        25 + random.nextInt(26),
                        now));
            }
            if (hallOpen && dow == DayOfWeek.MONDAY && d.getDayOfMonth() > 7 && d.getDayOfMonth() <= 14) {
                planned.add(plan(
                        lectureHall,
                        d,
                        15,
                        0,
                        120,
                        "专家讲座：" + pick(random, TALKS),
                        "邀请专家学者解读",
                        office,
                        random,
                        ActivityKind.EXPERT_TALK,
                        150,
                        30 + random.nextInt(31),
                        now));
            }
            if (calendar.opening(d, reading.openingHours()).isPresent() && random.nextInt(100) < 40) {
                planned.add(plan(
                        reading,
                        d,
                        9 + random.nextInt(8),
                        0,
                        60 * (1 + random.nextInt(3)),
                        pick(random, READING_USES),
                        null,
                        office,
                        random,
                        null,
                        0,
                        0,
                        now));
            }
            if (calendar.opening(d, display.openingHours()).isPresent()
                    && dow.getValue() <= 5
                    && random.nextInt(100) < 15) {
                planned.add(plan(display, d, 10, 0, 90, "书目陈列调整", "新到图书上架与专题书目陈列", keeper, random, null, 0, 0, now));
            }
        }
        // a few bookings of the lecture hall wait for the keeper's decision
        for (int i = 0; i < 3; i++) {
            LocalDate d = today.plusDays(10 + 7L * i);
            while (calendar.opening(d, lectureHall.openingHours()).isEmpty()
                    || d.getDayOfWeek() == DayOfWeek.WEDNESDAY
                    || d.getDayOfWeek() == DayOfWeek.FRIDAY
                    || d.getDayOfWeek() == DayOfWeek.MONDAY) {
                d = d.plusDays(1);
            }
            Booking b = new Booking(
                    lectureHall,
                    null,
                    d.atTime(9, 0).atZone(ZONE).toInstant(),
                    d.atTime(11, 0).atZone(ZONE).toInstant(),
                    new Booking.Request(pick(random, PENDING_TITLES), "界别活动，拟邀请相关部门参加", 60 + 10 * i),
                    event.accountIds().get("member" + (1 + i)),
                    "委员预约",
                    true,
                    now.minus(Duration.ofDays(2)));
            planned.add(new Planned(b, null, 0, 0));
        }
        planned.forEach(p -> em.persist(p.booking()));
        em.flush();

        List<MemberDirectory.MemberRef> members = directory.activeMembers(datong);
        Long zwm = event.accountIds().get("member1");
        List<Registration> registrations = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<Runnable> afterFlush = new ArrayList<>();
        for (Planned p : planned) {
            if (p.kind() == null) {
                continue;
            }
            Booking b = p.booking();
            Activity a =
                    new Activity(b, 10_000, p.kind(), p.capacity(), b.startsAt().minus(Duration.ofHours(2)));
            em.persist(a);
            activities.add(a);
            afterFlush.add(() -> signUps(a, b, p.signUps(), members, zwm, random, now, registrations));
        }
        em.flush();
        afterFlush.forEach(Runnable::run);
        registrations.forEach(em::persist);
        em.flush();
        readingGroups(datong, members, activities, zwm, random, now);
        record Attendance(long memberId, LocalDate on, long registrationId, String title) {}
        List<Attendance> attended = new ArrayList<>();
        java.util.Map<Long, Booking> bookingsById = new java.util.HashMap<>();
        planned.forEach(p -> bookingsById.put(p.booking().id(), p.booking()));
        java.util.Map<Long, Activity> activitiesById = new java.util.HashMap<>();
        activities.forEach(a -> activitiesById.put(a.id(), a));
        for (Registration r : registrations) {
            Activity a = activitiesById.get(r.activityId());
            Booking b = bookingsById.get(a.bookingId());
            LocalDate on = b.startsAt().atZone(ZONE).toLocalDate();
            if (a.completed() && r.attended() && on.getYear() == today.getYear()) {
                attended.add(new Attendance(r.memberId(), on, r.id(), b.title()));
            }
        }
        // the ledger writes each entry after two lookups: with thousands of entities managed, every lookup
        // would first flush and dirty-check them all, so the context is emptied as the events go
        em.flush();
        em.clear();
        jakarta.persistence.FlushModeType mode = em.getFlushMode();
        em.setFlushMode(
                jakarta.persistence.FlushModeType.COMMIT); // sources are distinct: no lookup needs the pending rows
        try {
            int credited = 0;
            for (Attendance x : attended) {
                duty.fire(DutyEvent.sole(
                        x.memberId(),
                        x.on(),
                        DutyCategory.STUDY,
                        SourceRef.of("studyhall", "attendance", x.registrationId()),
                        x.title()));
                if (++credited % 500 == 0) {
                    em.flush();
                    em.clear();
                }
            }
            em.flush();
            em.clear();
        } finally {
            em.setFlushMode(mode);
        }
        int credited = attended.size();
        LOG.info("Demo study hall loaded: " + planned.size() + " bookings, " + activities.size() + " activities, "
                + registrations.size() + " sign-ups, " + credited + " attendances credited");
    }

    /** Three reading groups, one formed before a research project, with books, notes, comments and sessions. */
    private void readingGroups(
            long organisationId,
            List<MemberDirectory.MemberRef> members,
            List<Activity> activities,
            Long zwmAccount,
            Random random,
            Instant now) {
        String[][] groups = {
            {"黄河生态保护课题组读书小组", "为“黄河流域生态保护和高质量发展”专题调研做准备，共读相关政策与研究", "《黄河流域生态保护和高质量发展规划纲要》", "《大河文明》"},
            {"青年委员读书会", "青年委员每月共读一本书，交流履职体会", "《乡土中国》", "《平凡的世界》"},
            {"文史委读书小组", "围绕大同历史文化与古城保护开展读书研讨", "《大同古城史话》", "《云冈石窟》"}
        };
        String[] thoughts = {
            "读后最深的体会是要把调研做实做细，多到基层听群众意见。",
            "书中关于基层治理的论述，对我们提出建议很有启发。",
            "结合本地实际，建议在下一次专题协商中重点关注生态补偿机制。",
            "这本书让我重新认识了家乡的历史，文化保护要与民生改善结合。"
        };
        Long zwm = members.stream()
                .filter(m -> zwmAccount != null && zwmAccount.equals(m.accountId()))
                .findFirst()
                .map(MemberDirectory.MemberRef::id)
                .orElse(null);
        List<org.tongxin.studyhall.domain.ReadingGroup> made = new ArrayList<>();
        for (String[] g : groups) {
            org.tongxin.studyhall.domain.ReadingGroup group = new org.tongxin.studyhall.domain.ReadingGroup(
                    organisationId, g[0], g[1], "office", now.minus(Duration.ofDays(200 + random.nextInt(100))));
            em.persist(group);
            made.add(group);
        }
        em.flush();
        List<org.tongxin.studyhall.domain.ReadingNote> notes = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            org.tongxin.studyhall.domain.ReadingGroup group = made.get(i);
            List<MemberDirectory.MemberRef> pool = new ArrayList<>(members);
            Collections.shuffle(pool, random);
            List<MemberDirectory.MemberRef> inGroup = new ArrayList<>(pool.subList(0, 8 + random.nextInt(8)));
            if (i == 1 && zwm != null && inGroup.stream().noneMatch(m -> m.id() == zwm)) {
                members.stream().filter(m -> m.id() == zwm).findFirst().ifPresent(inGroup::add);
            }
            for (MemberDirectory.MemberRef m : inGroup) {
                em.persist(new org.tongxin.studyhall.domain.GroupMember(
                        group, m.id(), m.accountId(), m.name(), group.createdAt()));
            }
            List<org.tongxin.studyhall.domain.GroupBook> books = new ArrayList<>();
            for (int b = 2; b < groups[i].length; b++) {
                org.tongxin.studyhall.domain.GroupBook book = new org.tongxin.studyhall.domain.GroupBook(
                        group, groups[i][b], null, "office", group.createdAt());
                em.persist(book);
                books.add(book);
            }
            em.flush();
            for (int n = 0; n < 4 + random.nextInt(6); n++) {
                MemberDirectory.MemberRef author = inGroup.get(random.nextInt(inGroup.size()));
                org.tongxin.studyhall.domain.GroupBook book = books.get(random.nextInt(books.size()));
                notes.add(new org.tongxin.studyhall.domain.ReadingNote(
                        group,
                        book,
                        author.id(),
                        author.name(),
                        "读" + book.title() + "有感",
                        thoughts[random.nextInt(thoughts.length)],
                        now.minus(Duration.ofDays(1 + random.nextInt(180)))));
            }
            int linked = 0;
            for (Activity a : activities) {
                if (a.kind() == ActivityKind.READING_SHARING
                        && a.readingGroupId() == null
                        && random.nextInt(100) < 5
                        && linked < 4) {
                    a.linkReadingGroup(group.id());
                    linked++;
                }
            }
        }
        notes.forEach(em::persist);
        em.flush();
        for (org.tongxin.studyhall.domain.ReadingNote note : notes) {
            if (random.nextBoolean()) {
                em.persist(new org.tongxin.studyhall.domain.NoteComment(
                        note,
                        "office",
                        "书院办公室",
                        "写得很好，建议在小组活动上分享。",
                        note.writtenAt().plus(Duration.ofHours(5))));
            }
        }
        em.flush();
    }

    private void signUps(
            Activity a,
            Booking b,
            int count,
            List<MemberDirectory.MemberRef> members,
            Long zwm,
            Random random,
            Instant now,
            List<Registration> out) {
        List<MemberDirectory.MemberRef> pool = new ArrayList<>(members);
        Collections.shuffle(pool, random);
        boolean future = b.startsAt().isAfter(now);
        if (future && zwm != null && random.nextInt(100) < 30) {
            pool.stream().filter(m -> zwm.equals(m.accountId())).findFirst().ifPresent(m -> {
                pool.remove(m);
                pool.add(0, m);
            });
        }
        int n = Math.min(count, pool.size());
        if (future) {
            n = n / 2; // sign-up is still open
        }
        long seats = 0;
        for (int i = 0; i < n; i++) {
            MemberDirectory.MemberRef m = pool.get(i);
            RegistrationStatus status =
                    seats < a.capacity() ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
            if (status == RegistrationStatus.REGISTERED) {
                seats++;
            }
            Instant queued = b.startsAt().minus(Duration.ofHours(30 + random.nextInt(200)));
            Registration r = new Registration(
                    a, m.id(), m.accountId(), m.name(), status, i + 1, queued.isAfter(now) ? now : queued);
            if (!future && status == RegistrationStatus.REGISTERED && random.nextInt(100) < 88) {
                r.checkIn(
                        random.nextBoolean() ? "keeper" : "member",
                        b.startsAt().plus(Duration.ofMinutes(random.nextInt(15))));
            }
            out.add(r);
        }
        if (!future) {
            a.complete(b, b.endsAt().plus(Duration.ofMinutes(30)));
        }
    }

    private Planned plan(
            Space space,
            LocalDate d,
            int hour,
            int minute,
            int minutes,
            String title,
            String purpose,
            long booker,
            Random random,
            ActivityKind kind,
            int capacity,
            int signUps,
            Instant now) {
        return plan(
                space, d, hour, minute, minutes, title, purpose, booker, random, kind, capacity, signUps, now, null);
    }

    private Planned plan(
            Space space,
            LocalDate d,
            int hour,
            int minute,
            int minutes,
            String title,
            String purpose,
            long booker,
            Random random,
            ActivityKind kind,
            int capacity,
            int signUps,
            Instant now,
            Long seriesId) {
        ZonedDateTime start = d.atTime(hour, minute).atZone(ZONE);
        ZonedDateTime end = start.plusMinutes(minutes);
        if (end.toLocalTime().isAfter(LocalTime.of(21, 0)) || end.toLocalDate().isAfter(d)) {
            end = d.atTime(21, 0).atZone(ZONE);
        }
        Instant booked = start.toInstant().minus(Duration.ofDays(7 + random.nextInt(20)));
        Booking b = new Booking(
                space,
                seriesId,
                start.toInstant(),
                end.toInstant(),
                new Booking.Request(
                        title,
                        purpose,
                        Math.min(space.capacity(), Math.max(1, kind == null ? 1 + random.nextInt(20) : capacity))),
                booker,
                "书院办公室",
                false,
                booked.isAfter(now) ? now : booked);
        b.complete(now);
        if (kind == null && random.nextInt(100) < 4 && start.toInstant().isAfter(now.plus(Duration.ofDays(1)))) {
            b.cancel("keeper", true, "场地设备检修", Duration.ZERO, now);
        }
        return new Planned(b, kind, capacity, signUps);
    }

    private Space space(
            long organisationId,
            String name,
            org.tongxin.studyhall.domain.Zone zone,
            int capacity,
            OpeningHours hours,
            int min,
            int max,
            int advance,
            boolean approval,
            boolean members,
            int notice) {
        Space s = new Space(
                organisationId,
                new Space.Terms(name, zone, capacity, hours, min, max, advance, approval, members, notice, true));
        em.persist(s);
        return s;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Holidays (放假) and made working days (调休上班) by the State Council's notice for 2026; for 2027 the
     * holidays by the usual pattern, marked as provisional until the notice is published (keepers correct them).
     */
    static List<CalendarDay> holidays(long organisationId, int year) {
        List<CalendarDay> days = new ArrayList<>();
        String[][] y2026 = {
            {"2026-01-01", "2026-01-03", "元旦"},
            {"2026-02-15", "2026-02-23", "春节"},
            {"2026-04-04", "2026-04-06", "清明节"},
            {"2026-05-01", "2026-05-05", "劳动节"},
            {"2026-06-19", "2026-06-21", "端午节"},
            {"2026-09-25", "2026-09-27", "中秋节"},
            {"2026-10-01", "2026-10-07", "国庆节"}
        };
        String[][] w2026 = {
            {"2026-01-04", "元旦调休上班"},
            {"2026-02-14", "春节调休上班"},
            {"2026-02-28", "春节调休上班"},
            {"2026-05-09", "劳动节调休上班"},
            {"2026-09-20", "国庆节调休上班"},
            {"2026-10-10", "国庆节调休上班"}
        };
        String[][] y2027 = {
            {"2027-01-01", "2027-01-03", "元旦（暂定）"},
            {"2027-02-05", "2027-02-13", "春节（暂定）"},
            {"2027-04-03", "2027-04-05", "清明节（暂定）"},
            {"2027-05-01", "2027-05-05", "劳动节（暂定）"},
            {"2027-06-09", "2027-06-11", "端午节（暂定）"},
            {"2027-09-15", "2027-09-17", "中秋节（暂定）"},
            {"2027-10-01", "2027-10-07", "国庆节（暂定）"}
        };
        for (String[][] set : List.of(y2026, y2027)) {
            for (String[] h : set) {
                for (LocalDate d = LocalDate.parse(h[0]); !d.isAfter(LocalDate.parse(h[1])); d = d.plusDays(1)) {
                    if (d.getYear() == year || d.getYear() == year + 1) {
                        days.add(new CalendarDay(organisationId, d, DayKind.HOLIDAY, h[2]));
                    }
                }
            }
        }
        for (String[] w : w2026) {
            LocalDate d = LocalDate.parse(w[0]);
            if (d.getYear() == year || d.getYear() == year + 1) {
                days.add(new CalendarDay(organisationId, d, DayKind.WORKDAY, w[1]));
            }
        }
        return days;
    }

    private static final String[] BOOKS = {
        "《乡土中国》",
        "《论中国共产党历史》",
        "《人民政协制度概论》",
        "《平凡的世界》",
        "《中国式现代化》",
        "《大同古城史话》",
        "《习近平谈治国理政》",
        "《红楼梦》",
        "《百年孤独》",
        "《三体》",
        "《人类简史》",
        "《晋商史料研究》"
    };
    private static final String[] SALONS = {"文旅融合与古城保护", "养老服务的社区实践", "青年就业与创业", "营商环境观察", "乡村振兴的大同样本", "非遗传承人面对面"};
    private static final String[] LECTURES = {"人民政协的性质定位", "协商民主的理论与实践", "黄河流域生态保护", "数字经济与产业转型", "新时代统一战线工作"};
    private static final String[] STUDIES = {"学习全国政协会议精神", "履职能力提升专题", "社情民意信息撰写要点", "提案撰写与办理"};
    private static final String[] TALKS = {"云冈石窟的保护与研究", "煤炭产业低碳转型", "基层治理现代化", "医疗卫生体制改革"};
    private static final String[] READING_USES = {"委员自学", "专委会读书小组", "界别读书会", "课题组资料查阅"};
    private static final String[] PENDING_TITLES = {"文化艺术界别座谈会", "经济界别专题协商会", "青年委员读书交流会"};
}
