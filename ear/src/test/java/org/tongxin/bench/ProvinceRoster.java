package org.tongxin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.domain.NameIndex;
import org.tongxin.committee.infrastructure.DemoPeople;
import org.tongxin.committee.infrastructure.Pinyin4jNameIndex;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.kernel.OrganisationLevel;

/**
 * The province's organisations and rosters: Shanxi (山西省政协) with its 11 cities and 117 counties and
 * districts, each with the 20 sectors, 5 or 6 special committees and members drawn like the demo
 * roster's (see {@link DemoPeople}); one committee placement per member in the history, plus the
 * status change of the few who left; three benchmark logins. Built in memory first (the ledger and the
 * pairings are drawn from it), then copied into the tables.
 */
final class ProvinceRoster {

    static final LocalDate TERM_START = LocalDate.of(2022, 1, 10);
    static final int TERM = 15;
    static final String PASSWORD = "Tongxin-Demo-2026";
    static final String OFFICE = "bench-office";

    /** The cities of Shanxi and how many counties and districts each has (117 in all). */
    private static final String[] CITIES = {"太原市", "大同市", "朔州市", "忻州市", "阳泉市", "吕梁市", "晋中市", "长治市", "晋城市", "临汾市", "运城市"
    };

    private static final int[] COUNTIES = {10, 10, 6, 14, 5, 13, 11, 12, 6, 17, 13};
    /** Characters of generated county names (two of them and 县 or 区). */
    private static final String PLACE = "安宁平阳清河丰泽兴和义寿昌顺永乐泰定武山德福吉远宜新城川原汾沁襄古灵石岚代繁静交孝";

    private static final String[] WORKPLACES = {
        "%s人民医院",
        "%s第一中学",
        "%s人民法院",
        "%s农业农村局",
        "%s科技局",
        "%s工商联",
        "%s律师事务所",
        "%s煤业公司",
        "%s文旅集团",
        "%s职业技术学院",
        "%s中医院",
        "%s人民政府"
    };

    /** An organisation: its place in the tree and what was made for it. */
    static final class Org {
        final int index;
        final long id;
        final String code;
        final String name;
        final OrganisationLevel level;
        final Org parent;
        final String path;
        final String place;
        int size;
        long firstSectorId;
        long[] committeeIds;
        List<String> committeeNames;
        final List<Person> members = new ArrayList<>();

        Org(int index, String code, String name, OrganisationLevel level, Org parent, String place) {
            this.index = index;
            this.id = index + 1L;
            this.code = code;
            this.name = name;
            this.level = level;
            this.parent = parent;
            this.path = (parent == null ? "/" : parent.path) + id + "/";
            this.place = place;
        }
    }

    /** A member, with what the ledger and the pairings need to know of them. */
    static final class Person {
        final long id;
        final Org org;
        final int rank;
        String name;
        Party party;
        Position position;
        MemberStatus status = MemberStatus.ACTIVE;
        LocalDate statusSince = TERM_START;
        int committee;
        /** How active the member is, relative to the mean of 1 (log-normal: a few are far more active). */
        double activity;

        long accountId;
        private Facts facts;

        Person(long id, Org org, int rank) {
            this.id = id;
            this.org = org;
            this.rank = rank;
        }

        long committeeId() {
            return org.committeeIds[committee];
        }

        /** The last day the member served, or null while serving. */
        LocalDate lastDay() {
            return status == MemberStatus.ACTIVE ? null : statusSince.minusDays(1);
        }
    }

    final List<Org> orgs = new ArrayList<>();
    final List<Person> members = new ArrayList<>();
    private final Random random;
    /** Full pinyin and initials of each distinct name. */
    private Map<String, String[]> pinyin;

    private String passwordHash;
    private Person benchMember;

    /** A member's descriptive facts, kept only until they are copied. */
    private record Facts(
            boolean female,
            String ethnicity,
            LocalDate birth,
            int sector,
            String workplace,
            String title,
            String phone) {}

    ProvinceRoster(Random random) {
        this.random = random;
    }

    /** Draws the organisations and {@code memberTotal} members spread over them. */
    ProvinceRoster generate(int memberTotal) {
        Org province = new Org(0, "SX", "山西省政协", OrganisationLevel.PROVINCE, null, "山西省");
        orgs.add(province);
        List<Org> cities = new ArrayList<>();
        for (int c = 0; c < CITIES.length; c++) {
            Org city = new Org(
                    orgs.size(),
                    String.format("SX-C%02d", c + 1),
                    CITIES[c] + "政协",
                    OrganisationLevel.CITY,
                    province,
                    CITIES[c]);
            orgs.add(city);
            cities.add(city);
        }
        Set<String> used = new HashSet<>();
        for (Org city : cities) {
            int n = COUNTIES[city.index - 1];
            int districts = 2 + city.index % 3;
            for (int k = 0; k < n; k++) {
                String place;
                do {
                    place = "" + PLACE.charAt(random.nextInt(PLACE.length()))
                            + PLACE.charAt(random.nextInt(PLACE.length())) + (k < districts ? "区" : "县");
                } while (!used.add(place) || place.charAt(0) == place.charAt(1));
                orgs.add(new Org(
                        orgs.size(),
                        String.format("%s-K%02d", city.code, k + 1),
                        place + "政协",
                        OrganisationLevel.COUNTY,
                        city,
                        place));
            }
        }
        // sizes as drawn, then scaled so that they add up to the total exactly
        double[] drawn = new double[orgs.size()];
        for (Org o : orgs) {
            drawn[o.index] = switch (o.level) {
                case PROVINCE -> 500 + random.nextInt(201);
                case CITY -> 400 + random.nextInt(401);
                case COUNTY -> 100 + random.nextInt(151);
            };
        }
        int[] sizes = Apportion.largestRemainder(memberTotal, drawn);
        long sectorId = 1;
        long committeeId = 1;
        for (Org o : orgs) {
            o.size = sizes[o.index];
            o.firstSectorId = sectorId;
            sectorId += DemoPeople.SECTORS.size();
            int committees = o.level == OrganisationLevel.COUNTY ? 5 + random.nextInt(2) : 6;
            o.committeeNames = DemoPeople.COMMITTEES.subList(0, committees);
            o.committeeIds = new long[committees];
            for (int i = 0; i < committees; i++) {
                o.committeeIds[i] = committeeId++;
            }
            roster(o);
        }
        benchMember = chooseBenchMember(orgs.get(1));
        benchMember.accountId = 3;
        // pinyin4j takes a while for twenty thousand names: both cores at it (the index holds no state)
        NameIndex names = new Pinyin4jNameIndex();
        pinyin = members.stream().map(p -> p.name).distinct().parallel().collect(Collectors.toConcurrentMap(n -> n, n ->
                new String[] {names.pinyin(n), names.initials(n)}));
        passwordHash = new PasswordHasher().hash(PASSWORD);
        return this;
    }

    private void roster(Org o) {
        String[] workplaces = new String[WORKPLACES.length];
        for (int i = 0; i < workplaces.length; i++) {
            workplaces[i] = String.format(WORKPLACES[i], o.place);
        }
        for (int i = 0; i < o.size; i++) {
            Person p = new Person(members.size() + 1L, o, i);
            p.name = DemoPeople.randomName(random);
            p.position = DemoPeople.position(i, o.size);
            p.party = DemoPeople.party(random);
            int sector = DemoPeople.sectorFor(p.party, random);
            p.facts = new Facts(
                    DemoPeople.female(random),
                    DemoPeople.ethnicity(random),
                    LocalDate.of(1958 + random.nextInt(32), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    sector,
                    workplaces[random.nextInt(workplaces.length)],
                    DemoPeople.title(random),
                    "13" + (100000000 + random.nextInt(899999999)));
            p.committee = i % o.committeeIds.length;
            // about 3 % have left during the term; the chair and vice-chairs serve on
            int r = random.nextInt(1000);
            if (i > 6 && r < 30) {
                p.status = r < 15 ? MemberStatus.RESIGNED : r < 20 ? MemberStatus.DECEASED : MemberStatus.REMOVED;
                p.statusSince = LocalDate.of(2025, 2, 1).plusDays(random.nextInt(638));
            }
            p.activity = Math.exp(0.8 * random.nextGaussian() - 0.32);
            o.members.add(p);
            members.add(p);
        }
    }

    /** An ordinary, active member of the first city, a hundred or so down its roster (like the demo logins). */
    private static Person chooseBenchMember(Org city) {
        List<Person> roster = city.members;
        for (int i = Math.min(100, roster.size() - 1); i < roster.size(); i++) {
            Person p = roster.get(i);
            if (p.position == Position.MEMBER && p.status == MemberStatus.ACTIVE) {
                return p;
            }
        }
        return roster.stream()
                .filter(p -> p.status == MemberStatus.ACTIVE)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    Person benchMember() {
        return benchMember;
    }

    /** Copies everything into the tables; returns the rows per table. */
    Map<String, Long> write(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        String created = Stamps.at(LocalDate.of(2022, 1, 1), 9 * 3600);
        try (CopyRows copy = new CopyRows(
                c, "pf_organisation", "id, version, code, name, org_level, parent_id, path, time_zone, created_at")) {
            for (Org o : orgs) {
                copy.number(o.id)
                        .number(0)
                        .plain(o.code)
                        .text(o.name)
                        .plain(o.level.name())
                        .idOrNull(o.parent == null ? 0 : o.parent.id)
                        .plain(o.path)
                        .plain("Asia/Shanghai")
                        .plain(created)
                        .endRow();
            }
            rows.put("pf_organisation", copy.finish());
        }
        try (CopyRows copy = new CopyRows(c, "cm_sector", "id, organisation_id, name, sort_order")) {
            for (Org o : orgs) {
                for (int i = 0; i < DemoPeople.SECTORS.size(); i++) {
                    copy.number(o.firstSectorId + i)
                            .number(o.id)
                            .text(DemoPeople.SECTORS.get(i))
                            .number(i + 1L)
                            .endRow();
                }
            }
            rows.put("cm_sector", copy.finish());
        }
        try (CopyRows copy =
                new CopyRows(c, "cm_committee", "id, version, organisation_id, name, director_id, created_at")) {
            for (Org o : orgs) {
                for (int i = 0; i < o.committeeIds.length; i++) {
                    copy.number(o.committeeIds[i])
                            .number(0)
                            .number(o.id)
                            .text(o.committeeNames.get(i))
                            .plain(null)
                            .plain(created)
                            .endRow();
                }
            }
            rows.put("cm_committee", copy.finish());
        }
        accounts(c, rows);
        // eight indexes on the members: building them afterwards halves the time (see SetAside)
        c.setAutoCommit(false);
        SetAside aside = SetAside.drop(c, "cm_member");
        rows.put("cm_member", copyMembers(c));
        aside.restore();
        c.commit();
        c.setAutoCommit(true);
        rows.put("cm_member_change", copyChanges(c));
        appointDirectors(c);
        return rows;
    }

    private long copyMembers(Connection c) throws SQLException {
        String created = Stamps.at(TERM_START, 10 * 3600);
        String termStart = Stamps.date(TERM_START);
        try (CopyRows copy = new CopyRows(
                c,
                "cm_member",
                "id, version, organisation_id, roster_key, name, name_pinyin,"
                        + " name_initials, gender, ethnicity, birth_date, party, sector_id, term_no, position, committee_id, workplace,"
                        + " title, phone, status, status_since, account_id, created_at")) {
            for (Person p : members) {
                Facts f = p.facts;
                String[] py = pinyin.get(p.name);
                copy.number(p.id)
                        .number(0)
                        .number(p.org.id)
                        .plain(String.format("%s-%d-%04d", p.org.code, TERM, p.rank + 1))
                        .text(p.name)
                        .plain(py[0])
                        .plain(py[1])
                        .plain(f.female() ? "F" : "M")
                        .text(f.ethnicity())
                        .plain(Stamps.date(f.birth()))
                        .plain(p.party.name())
                        .number(p.org.firstSectorId + f.sector())
                        .number(TERM)
                        .plain(p.position.name())
                        .number(p.committeeId())
                        .text(f.workplace())
                        .text(f.title())
                        .plain(f.phone())
                        .plain(p.status.name())
                        .plain(p.status == MemberStatus.ACTIVE ? termStart : Stamps.date(p.statusSince))
                        .idOrNull(p.accountId)
                        .plain(created)
                        .endRow();
            }
            return copy.finish();
        }
    }

    private long copyChanges(Connection c) throws SQLException {
        String termStart = Stamps.date(TERM_START);
        String recorded = Stamps.at(TERM_START, 10 * 3600);
        long id = 1;
        try (CopyRows copy = new CopyRows(
                c, "cm_member_change", "id, member_id, kind, from_value, to_value, effective_on, recorded_at")) {
            for (Person p : members) {
                copy.number(id++)
                        .number(p.id)
                        .plain("COMMITTEE")
                        .plain(null)
                        .number(p.committeeId())
                        .plain(termStart)
                        .plain(recorded)
                        .endRow();
                if (p.status != MemberStatus.ACTIVE) {
                    copy.number(id++)
                            .number(p.id)
                            .plain("STATUS")
                            .plain(MemberStatus.ACTIVE.name())
                            .plain(p.status.name())
                            .plain(Stamps.date(p.statusSince))
                            .plain(Stamps.at(p.statusSince.plusDays(1), 10 * 3600))
                            .endRow();
                }
            }
            return copy.finish();
        }
    }

    /** Each committee's director: its first standing member still serving (as the demo roster appoints). */
    private void appointDirectors(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update cm_committee set director_id = ? where id = ?")) {
            for (Org o : orgs) {
                boolean[] done = new boolean[o.committeeIds.length];
                for (Person p : o.members) {
                    if (p.position == Position.STANDING && p.status == MemberStatus.ACTIVE && !done[p.committee]) {
                        done[p.committee] = true;
                        ps.setLong(1, p.id);
                        ps.setLong(2, p.committeeId());
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** The three benchmark logins, all with the demo password, and the marker that the platform is set up. */
    private void accounts(Connection c, Map<String, Long> rows) throws SQLException {
        String now = Stamps.at(TERM_START, 9 * 3600);
        Object[][] accounts = {
            {1L, OFFICE, "省政协办公厅（基准）", orgs.get(0).id, "office-staff"},
            {2L, "bench-leader", "省政协领导（基准）", orgs.get(0).id, "leader"},
            {3L, "bench-member", benchMember.name, benchMember.org.id, "member"}
        };
        try (CopyRows copy = new CopyRows(
                c,
                "pf_account",
                "id, version, username, display_name, organisation_id, password_hash,"
                        + " password_changed_at, must_change_password, enabled, failed_logins, locked_until, last_login_at, admin_role,"
                        + " created_at")) {
            for (Object[] a : accounts) {
                copy.number((Long) a[0])
                        .number(0)
                        .plain((String) a[1])
                        .text((String) a[2])
                        .number((Long) a[3])
                        .plain(passwordHash)
                        .plain(now)
                        .bool(false)
                        .bool(true)
                        .number(0)
                        .plain(null)
                        .plain(null)
                        .plain(null)
                        .plain(now)
                        .endRow();
            }
            rows.put("pf_account", copy.finish());
        }
        try (CopyRows copy = new CopyRows(c, "pf_account_role", "account_id, role")) {
            for (Object[] a : accounts) {
                copy.number((Long) a[0]).plain((String) a[4]).endRow();
            }
            rows.put("pf_account_role", copy.finish());
        }
        // without the marker the first start would treat the database as empty and bootstrap it again
        try (PreparedStatement ps = c.prepareStatement(
                "insert into pf_setting (setting_name, setting_value) values ('platform.initialised', ?)")) {
            ps.setString(1, Instant.now().toString());
            rows.put("pf_setting (marker)", (long) ps.executeUpdate());
        }
    }
}
