package org.tongxin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Adds the study hall (政协书院) at scale to a province that {@link ProvinceData} has loaded: the four zones
 * (book display, reading, activity, lecture hall) for each of the 129 organisations plus a seminar room and a
 * study room at the province and each city (540 spaces), and 200,000 bookings at scale 1.0 (20,000 at 0.1)
 * from 18 months before {@link ProvinceData#AS_OF} to 6 months after it, with activities and their sign-ups.
 * The hall's earlier rows are removed first; the rest of the database is left as it is.
 *
 * <p>Bookings fall on the day's usual slots (morning, afternoon, evening; 08:30 to 21:30), on weekdays far
 * more than at weekends, and thin out into the future. Those that have ended are mostly completed, some
 * cancelled, a few rejected; those to come are mostly confirmed, some pending (lecture halls need approval)
 * or cancelled. No two bookings of one space overlap, whatever their status, so the exclusion constraint
 * holds. Every space is open 00:00 to 23:59 every day, takes bookings 730 days ahead and lets members book,
 * and no organisation has holidays: the night hours stay free for {@link StudyHallBench} to book.
 *
 * <pre>
 * StudyHallData --url=jdbc:postgresql://127.0.0.1:5432/tongxin_bench_hall --user=postgres --password= --scale=1.0 [--seed=n]
 * </pre>
 */
public final class StudyHallData {

    static final int BOOKINGS = 200_000;
    /** Every space is open all day, every day: the benchmark books the night hours, which the data leaves free. */
    static final String ALL_DAY = String.join("|", java.util.Collections.nCopies(7, "00:00-23:59"));

    static final int ADVANCE_DAYS = 730;
    static final LocalDate FIRST_DAY = ProvinceData.AS_OF.minusMonths(18);
    static final LocalDate LAST_DAY = ProvinceData.AS_OF.plusMonths(6);
    /** Bookings before this day have ended ("now" for the data); the server's clock is later, which does no harm. */
    private static final LocalDate TODAY = ProvinceData.AS_OF.plusDays(1);

    /** The day's slots a booking may take, in minutes of the day; they do not overlap, so neither do the bookings. */
    private static final int[][] WINDOWS = {{510, 600}, {600, 720}, {840, 930}, {930, 1050}, {1140, 1230}, {1230, 1290}
    };

    private static final double[] WINDOW_WEIGHT = {1.0, 1.2, 1.0, 1.1, 0.6, 0.3};
    private static final String[] TITLES = {
        "读书分享会", "委员读书沙龙", "专题学习会", "界别协商座谈", "政协讲堂", "主席会议学习", "经典诵读", "党史学习", "委员履职培训", "文史资料研讨", "书法交流", "新书品读",
        "调研成果交流", "青年委员读书会"
    };
    private static final String[] KINDS = {"READING_SHARING", "SALON", "LECTURE", "STUDY_SESSION", "EXPERT_TALK"};

    private record Space(long id, long org, String zone, int capacity, boolean approval, double weight) {}

    private record Member(long id, String name) {}

    private final ProvinceData.Options options;
    private final Random random;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private StudyHallData(ProvinceData.Options options) {
        this.options = options;
        this.random = new Random(options.seed() + 7);
    }

    public static void main(String[] args) throws SQLException {
        new StudyHallData(ProvinceData.Options.parse(args)).run();
    }

    static int bookings(double scale) {
        return (int) Math.round(BOOKINGS * scale);
    }

    private void run() throws SQLException {
        long start = System.nanoTime();
        int total = bookings(options.scale());
        System.out.printf(
                Locale.ROOT,
                "Adding the study hall at scale %s (%,d bookings %s to %s) to %s%n",
                options.scale(),
                total,
                FIRST_DAY,
                LAST_DAY,
                options.url());
        Properties p = new Properties();
        p.setProperty("user", options.user());
        p.setProperty("password", options.password());
        p.setProperty("ApplicationName", "tongxin-bench-hall");
        try (Connection c = DriverManager.getConnection(options.url(), p)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
                s.execute("set maintenance_work_mem = '512MB'");
                s.execute(
                        "truncate sh_registration, sh_activity, sh_booking, sh_series, sh_closure, sh_calendar_day, sh_feed_token,"
                                + " sh_space cascade");
            }
            List<Space> spaces = spaces(c);
            Map<Long, List<Member>> members = members(c);
            long[] bookers = new long[3];
            String[] bookerNames = new String[3];
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id, display_name from pf_account"
                            + " where username in ('bench-office', 'bench-leader', 'bench-member') order by id")) {
                for (int i = 0; i < 3 && rs.next(); i++) {
                    bookers[i] = rs.getLong(1);
                    bookerNames[i] = rs.getString(2);
                }
            }
            c.setAutoCommit(false);
            SetAside bookingsAside = SetAside.drop(c, "sh_booking");
            SetAside registrationsAside = SetAside.drop(c, "sh_registration");
            bookings(c, spaces, members, total, bookers, bookerNames);
            bookingsAside.restore();
            registrationsAside.restore();
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("sh_space", "sh_booking", "sh_activity", "sh_registration")) {
                    s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                            + ") + 100)");
                }
                s.execute("vacuum (analyze) sh_space, sh_booking, sh_activity, sh_registration");
            }
        }
        System.out.println("Rows:");
        rows.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, n));
        System.out.printf(Locale.ROOT, "Done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The four zones of every organisation, and a seminar room and a study room at the province and each city. */
    private List<Space> spaces(Connection c) throws SQLException {
        List<Space> spaces = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, org_level from pf_organisation order by id");
                CopyRows copy = new CopyRows(
                        c,
                        "sh_space",
                        "id, version, organisation_id, name, zone, capacity, opening_hours,"
                                + " min_minutes, max_minutes, advance_days, needs_approval, members_may_book, cancel_notice_hours, active")) {
            while (rs.next()) {
                long org = rs.getLong(1);
                String level = rs.getString(2);
                // the province's and the cities' halls are busier than the counties'
                double busy = switch (level) {
                    case "PROVINCE" -> 4.0;
                    case "CITY" -> 2.0;
                    default -> 0.6 + random.nextDouble() * 0.8;
                };
                boolean county = "COUNTY".equals(level);
                List<Object[]> made = new ArrayList<>(List.of(
                        new Object[] {"图书陈列区", "BOOK_DISPLAY", 30, 0.4},
                        new Object[] {"阅读区", "READING", county ? 40 : 80, 1.0},
                        new Object[] {"活动区", "ACTIVITY", county ? 50 : 100, 1.4},
                        new Object[] {"政协讲堂", "LECTURE_HALL", county ? 120 : 300, 0.6}));
                if (!county) {
                    made.add(new Object[] {"研讨室", "ACTIVITY", 20, 1.2});
                    made.add(new Object[] {"自习室", "READING", 30, 0.8});
                }
                for (Object[] m : made) {
                    Space space = new Space(
                            spaces.size() + 1L,
                            org,
                            (String) m[1],
                            (Integer) m[2],
                            "LECTURE_HALL".equals(m[1]),
                            busy * (Double) m[3]);
                    spaces.add(space);
                    copy.number(space.id)
                            .number(0)
                            .number(org)
                            .text((String) m[0])
                            .plain(space.zone)
                            .number(space.capacity)
                            .plain(ALL_DAY)
                            .number(30)
                            .number(space.approval ? 600 : 480)
                            .number(ADVANCE_DAYS)
                            .bool(space.approval)
                            .bool(true)
                            .number(2)
                            .bool(true)
                            .endRow();
                }
            }
            rows.put("sh_space", copy.finish());
        }
        return spaces;
    }

    private static Map<Long, List<Member>> members(Connection c) throws SQLException {
        Map<Long, List<Member>> members = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, organisation_id, name from cm_member where status = 'ACTIVE' order by id")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Member(rs.getLong(1), rs.getString(3)));
            }
        }
        return members;
    }

    /**
     * Spreads {@code total} bookings over spaces (by their weight) and days (weekdays three times as busy as
     * weekends, the future thinning out), puts each space's bookings of a day on distinct windows, and copies
     * them with their activities and sign-ups.
     */
    private void bookings(
            Connection c,
            List<Space> spaces,
            Map<Long, List<Member>> members,
            int total,
            long[] bookers,
            String[] bookerNames)
            throws SQLException {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        double[] dayCumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            double w = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.33 : 1.0;
            long ahead = day.toEpochDay() - TODAY.toEpochDay();
            if (ahead > 0) {
                w *= Math.max(0.1, 1.0 - ahead / 150.0);
            }
            sum += w;
            dayCumulative[d] = sum;
        }
        double spaceSum = spaces.stream().mapToDouble(Space::weight).sum();
        // how many bookings each space has on each day; a day has at most WINDOWS.length
        Map<Long, byte[]> perDay = new HashMap<>();
        int placed = 0;
        int[] spaceQuota = new int[spaces.size()];
        double carry = 0;
        for (int i = 0; i < spaces.size(); i++) {
            double exact = total * spaces.get(i).weight / spaceSum + carry;
            spaceQuota[i] = (int) Math.floor(exact);
            carry = exact - spaceQuota[i];
        }
        spaceQuota[spaces.size() - 1] += total - Arrays.stream(spaceQuota).sum();
        for (int i = 0; i < spaces.size(); i++) {
            byte[] counts = perDay.computeIfAbsent(spaces.get(i).id, k -> new byte[days]);
            for (int n = 0; n < spaceQuota[i]; n++) {
                int day;
                do {
                    int at = Arrays.binarySearch(dayCumulative, random.nextDouble() * sum);
                    day = at >= 0 ? at : -at - 1;
                } while (counts[Math.min(day, days - 1)] >= WINDOWS.length);
                counts[Math.min(day, days - 1)]++;
                placed++;
            }
        }
        long bookingId = 0;
        long activityId = 0;
        long registrationId = 0;
        long activities = 0;
        long registrations = 0;
        try (CopyRows b = new CopyRows(
                c,
                "sh_booking",
                "id, version, organisation_id, space_id, series_id, starts_at, ends_at, title,"
                        + " purpose, attendees, booker_account_id, booker_name, status, decided_by, decision_reason, created_at, updated_at")) {
            List<long[]> activityOf = new ArrayList<>();
            for (Space space : spaces) {
                byte[] counts = perDay.get(space.id);
                for (int d = 0; d < days; d++) {
                    if (counts[d] == 0) {
                        continue;
                    }
                    LocalDate day = FIRST_DAY.plusDays(d);
                    boolean past = day.isBefore(TODAY);
                    for (int w : pickWindows(counts[d])) {
                        int from = WINDOWS[w][0] + 15 * random.nextInt(3);
                        int length = Math.max(30, (WINDOWS[w][1] - from) - 15 * random.nextInt(3));
                        int to = Math.min(WINDOWS[w][1], from + length);
                        String status = status(space, past);
                        int booker = random.nextInt(10) < 7 ? 0 : 2;
                        int attendees = 1 + random.nextInt(Math.max(1, Math.min(space.capacity, 40)));
                        LocalDate created = day.minusDays(1 + random.nextInt(30));
                        if (created.isAfter(TODAY)) {
                            created = TODAY.minusDays(random.nextInt(5));
                        }
                        String createdAt = Stamps.at(created, 8 * 3600 + random.nextInt(10 * 3600));
                        boolean decided = "REJECTED".equals(status) || "CANCELLED".equals(status);
                        bookingId++;
                        b.number(bookingId)
                                .number(decided ? 1 : 0)
                                .number(space.org)
                                .number(space.id)
                                .plain(null)
                                .plain(Stamps.at(day, from * 60))
                                .plain(Stamps.at(day, to * 60))
                                .text(TITLES[random.nextInt(TITLES.length)])
                                .text(random.nextInt(4) == 0 ? "基准数据" : null)
                                .number(attendees)
                                .number(bookers[booker])
                                .text(bookerNames[booker])
                                .plain(status)
                                .plain(decided ? "bench-office" : null)
                                .text("REJECTED".equals(status) ? "时间冲突，请改期" : null)
                                .plain(createdAt)
                                .plain(createdAt)
                                .endRow();
                        boolean holds = !decided;
                        if (holds
                                && ("ACTIVITY".equals(space.zone) || "LECTURE_HALL".equals(space.zone))
                                && random.nextInt(100) < 8) {
                            activityOf.add(new long[] {
                                bookingId, space.id, space.org, space.capacity, day.toEpochDay(), from, past ? 1 : 0
                            });
                        }
                    }
                }
            }
            rows.put("sh_booking", b.finish());
            try (CopyRows a = new CopyRows(
                    c,
                    "sh_activity",
                    "id, version, booking_id, kind, capacity, signup_deadline, checkin_code,"
                            + " reading_group_id, completed_at")) {
                for (long[] x : activityOf) {
                    activityId++;
                    LocalDate day = LocalDate.ofEpochDay(x[4]);
                    int capacity = (int) Math.min(x[3], 20 + random.nextInt(60));
                    x[3] = capacity;
                    a.number(activityId)
                            .number(0)
                            .number(x[0])
                            .plain(KINDS[random.nextInt(KINDS.length)])
                            .number(capacity)
                            .plain(Stamps.at(day, (int) x[5] * 60 - 7200))
                            .plain("BH" + Long.toString(activityId, 36))
                            .plain(null)
                            .plain(null)
                            .endRow();
                }
                activities = a.finish();
            }
            try (CopyRows r = new CopyRows(
                    c,
                    "sh_registration",
                    "id, version, activity_id, member_id, account_id, member_name,"
                            + " status, queued_at, queue_order, live_member, checked_in_at, checked_in_by")) {
                long id = 0;
                for (long[] x : activityOf) {
                    id++;
                    List<Member> pool = members.getOrDefault(x[2], List.of());
                    if (pool.isEmpty()) {
                        continue;
                    }
                    LocalDate day = LocalDate.ofEpochDay(x[4]);
                    boolean past = x[6] == 1;
                    int capacity = (int) x[3];
                    int signUps = Math.min(pool.size(), (int) Math.round(capacity * (0.4 + random.nextDouble() * 0.8)));
                    int offset = random.nextInt(pool.size());
                    int seated = 0;
                    for (int k = 0; k < signUps; k++) {
                        Member m = pool.get((offset + k) % pool.size());
                        registrationId++;
                        boolean withdrawn = random.nextInt(20) == 0;
                        String status = withdrawn ? "WITHDRAWN" : seated < capacity ? "REGISTERED" : "WAITLISTED";
                        if ("REGISTERED".equals(status)) {
                            seated++;
                        }
                        boolean checkedIn = past && "REGISTERED".equals(status) && random.nextInt(100) < 85;
                        r.number(registrationId)
                                .number(0)
                                .number(id)
                                .number(m.id)
                                .plain(null)
                                .text(m.name)
                                .plain(status)
                                .plain(Stamps.at(
                                        day.minusDays(2 + random.nextInt(10)), 8 * 3600 + random.nextInt(12 * 3600)))
                                .number(k + 1)
                                .idOrNull(withdrawn ? 0 : m.id)
                                .plain(checkedIn ? Stamps.at(day, (int) x[5] * 60 - random.nextInt(1800)) : null)
                                .plain(checkedIn ? "self" : null)
                                .endRow();
                    }
                }
                registrations = r.finish();
            }
        }
        rows.put("sh_activity", activities);
        rows.put("sh_registration", registrations);
        if (placed != total) {
            throw new IllegalStateException("placed " + placed + " of " + total);
        }
    }

    /** {@code n} distinct windows of a day, drawn by their weights. */
    private int[] pickWindows(int n) {
        boolean[] taken = new boolean[WINDOWS.length];
        int[] picked = new int[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int w = 0; w < WINDOWS.length; w++) {
                sum += taken[w] ? 0 : WINDOW_WEIGHT[w];
            }
            double at = random.nextDouble() * sum;
            int w = -1;
            for (int i = 0; i < WINDOWS.length; i++) {
                if (!taken[i]) {
                    w = i;
                    if ((at -= WINDOW_WEIGHT[i]) <= 0) {
                        break;
                    }
                }
            }
            taken[w] = true;
            picked[k] = w;
        }
        return picked;
    }

    private String status(Space space, boolean past) {
        int r = random.nextInt(100);
        if (past) {
            return r < 84 ? "COMPLETED" : r < 96 ? "CANCELLED" : space.approval ? "REJECTED" : "CANCELLED";
        }
        if (space.approval) {
            return r < 55 ? "CONFIRMED" : r < 90 ? "PENDING" : "CANCELLED";
        }
        return r < 90 ? "CONFIRMED" : "CANCELLED";
    }
}
