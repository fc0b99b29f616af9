package org.tongxin.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.MemberAccounts;
import org.tongxin.committee.application.MemberProfile;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStanding;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.RosterTransfer;
import org.tongxin.committee.application.TermOutcome;
import org.tongxin.committee.application.TermPlan;
import org.tongxin.committee.application.TermService;
import org.tongxin.committee.application.TermSummary;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.ManualDuty;
import org.tongxin.duty.application.RankingQuery;
import org.tongxin.duty.application.RankingRow;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.infrastructure.StatementCount;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.support.Deployments;
import org.tongxin.support.RosterWorkbook;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Terms (换届) inside the server, each test on an organisation of its own below Datong with three members of
 * the 15th term: continuing members keep their history, leaving members are LEFT and keep their duty records,
 * new ones join; party, sector and term are history; a past term's roster reads as it stood; all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TermIT {

    private static final String DIGITS = "零一二三四五六七八九";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(TermIT.class);
    }

    @Inject
    TermService terms;

    @Inject
    RosterService roster;

    @Inject
    RosterTransfer transfer;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationTime time;

    @Inject
    DutyService duty;

    @Inject
    MemberAccounts accounts;

    private final int seed = new Random().nextInt(1_000_000);
    private final String batch = chinese(seed);

    /** A fresh organisation with its sectors, two committees and members 一, 二, 三 (15th term, 民盟, 教育界). */
    private record Fixture(long org, LocalDate today, Map<String, Long> ids) {}

    private Fixture fixture() throws Exception {
        long datong = as("member1", "member", () -> roster.committees()).get(0).organisationId();
        long org = as(
                        "admin",
                        "sys-admin",
                        () -> organisations.create(
                                datong, "IT-TERM-" + seed + "-" + System.nanoTime() % 100000, "换届" + batch))
                .id();
        as("office", "office-staff", () -> {
            roster.addSector(org, "教育界");
            roster.addSector(org, "经济界");
            roster.addCommittee(org, "提案委员会");
            roster.addCommittee(org, "经济委员会");
            return null;
        });
        ImportResult imported = as(
                "office",
                "office-staff",
                () -> transfer.importRoster(
                        org, RosterWorkbook.of(List.of(row(1, "15"), row(2, "15"), row(3, "15"))), true));
        assertTrue(imported.imported(), imported::toString);
        Map<String, Long> ids = members(org, null).stream()
                .collect(Collectors.toMap(m -> m.name().substring(m.name().length() - 1), MemberSummary::id));
        return new Fixture(org, time.today(org), ids);
    }

    @Test
    void aNewTermFromAFileContinuesLeavesAndAddsKeepingEveryoneSHistory() throws Exception {
        Fixture f = fixture();
        LocalDate start = f.today().plusDays(1);
        String[] one = row(1, null);
        one[5] = "九三学社"; // party changes with the new term
        one[6] = "经济界";
        one[8] = "常委";
        one[9] = "经济委员会";
        byte[] file = RosterWorkbook.of(List.of(one, row(4, "16")));

        TermOutcome preview = as("office", "office-staff", () -> terms.importTerm(f.org(), 16, start, file, false));
        assertEquals(List.of(false, 1, 2, 1), counts(preview), preview::toString);
        assertEquals(15, profile(f.ids().get("一")).member().term(), "a preview changes nothing");
        assertEquals(3, members(f.org(), null).size());

        TermOutcome opened = as("office", "office-staff", () -> terms.importTerm(f.org(), 16, start, file, true));
        assertEquals(List.of(true, 1, 2, 1), counts(opened), opened::toString);

        MemberProfile continuing = profile(f.ids().get("一"));
        assertEquals(16, continuing.member().term());
        assertEquals("JS", continuing.member().party());
        assertEquals("经济界", continuing.member().sectorName());
        assertEquals("经济委员会", continuing.member().committeeName());
        assertEquals("STANDING", continuing.member().position());
        Map<String, String> changed = continuing.history().stream()
                .filter(c -> c.effectiveOn().equals(start))
                .collect(Collectors.toMap(MemberProfile.Change::kind, c -> c.from() + ">" + c.to()));
        assertEquals("15>16", changed.get("TERM"));
        assertEquals("CDL>JS", changed.get("PARTY"));
        assertEquals("教育界>经济界", changed.get("SECTOR"));
        assertEquals("MEMBER>STANDING", changed.get("POSITION"));
        assertEquals("提案委员会>经济委员会", changed.get("COMMITTEE"));

        MemberProfile left = profile(f.ids().get("二"));
        assertEquals("LEFT", left.member().status());
        assertEquals(start, left.statusSince());
        assertEquals(15, left.member().term(), "the term they served stays theirs");

        MemberSummary joined = members(f.org(), null).stream()
                .filter(m -> m.name().endsWith("四"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(16, "ACTIVE", "提案委员会"), List.of(joined.term(), joined.status(), joined.committeeName()));

        List<TermSummary> list = as("office", "office-staff", () -> terms.terms(f.org()));
        assertEquals(List.of(16, 15), list.stream().map(TermSummary::number).toList());
        TermSummary sixteenth = list.get(0);
        assertTrue(sixteenth.current());
        assertEquals(start, sixteenth.startsOn());
        assertEquals(List.of(1, 2, 1), List.of(sixteenth.continuing(), sixteenth.leaving(), sixteenth.joining()));
        assertEquals(2, sixteenth.members());
        assertEquals(start.minusDays(1), list.get(1).endsOn());
        assertEquals(3, list.get(1).members());

        Problem again = assertThrows(
                Problem.class,
                () -> as("office", "office-staff", () -> terms.importTerm(f.org(), 16, start, file, true)));
        assertEquals("term-exists", again.code());
    }

    @Test
    void theStandingOfADayIsTheHistoryAsItWasThenAndRosterImportsNeverOverwriteIt() throws Exception {
        Fixture f = fixture();
        String[] moved = row(3, "15");
        moved[5] = "民建";
        moved[6] = "经济界";
        ImportResult result = as(
                "office",
                "office-staff",
                () -> transfer.importRoster(f.org(), RosterWorkbook.of(List.<String[]>of(moved)), true));
        assertEquals(1, result.updated(), result::toString);
        long id = f.ids().get("三");
        MemberStanding yesterday =
                as("office", "office-staff", () -> terms.standing(id, f.today().minusDays(1)));
        assertEquals(List.of("CDL", "教育界", 15, "ACTIVE"), standing(yesterday));
        MemberStanding today = as("office", "office-staff", () -> terms.standing(id, f.today()));
        assertEquals(List.of("CDNCA", "经济界", 15, "ACTIVE"), standing(today));
        assertEquals(
                2,
                profile(id).history().stream()
                        .filter(c -> c.kind().equals("PARTY") || c.kind().equals("SECTOR"))
                        .count());

        as(
                "office",
                "office-staff",
                () -> terms.open(new TermPlan(f.org(), 16, f.today().plusDays(2), List.of()), true));
        MemberStanding before =
                as("office", "office-staff", () -> terms.standing(id, f.today().plusDays(1)));
        MemberStanding after =
                as("office", "office-staff", () -> terms.standing(id, f.today().plusDays(2)));
        assertEquals(15, before.term());
        assertEquals(16, after.term());
    }

    @Test
    void aPastTermsRosterListsWhoServedAsTheyStoodAndExportsInTheRosterFormat() throws Exception {
        Fixture f = fixture();
        LocalDate start = f.today().plusDays(1);
        String[] one = row(1, "16");
        one[5] = "九三学社";
        as(
                "office",
                "office-staff",
                () -> terms.importTerm(f.org(), 16, start, RosterWorkbook.of(List.<String[]>of(one)), true));

        List<MemberSummary> past = as(
                        "office",
                        "office-staff",
                        () -> roster.search(
                                new MemberQuery(null, null, null, 15, null, null, batch), new Page.Request(0, 50)))
                .items();
        assertEquals(3, past.size(), past::toString);
        assertTrue(
                past.stream()
                        .allMatch(m -> m.term() == 15
                                && m.party().equals("CDL")
                                && m.status().equals("ACTIVE")),
                past::toString);
        List<MemberSummary> current = as(
                        "office",
                        "office-staff",
                        () -> roster.search(
                                new MemberQuery(null, null, null, 16, null, null, batch), new Page.Request(0, 50)))
                .items();
        assertEquals(List.of("JS"), current.stream().map(MemberSummary::party).toList());

        Page<MemberSummary> listed =
                as("office", "office-staff", () -> terms.roster(f.org(), 15, new Page.Request(0, 20)));
        assertEquals(3, listed.total());

        byte[] xlsx = as("office", "office-staff", () -> terms.export(f.org(), 15));
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("编号", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, s.getLastRowNum());
            for (int i = 1; i <= 3; i++) {
                assertEquals("民盟", s.getRow(i).getCell(5).getStringCellValue());
                assertEquals("15", s.getRow(i).getCell(7).getStringCellValue());
                assertEquals("在职", s.getRow(i).getCell(13).getStringCellValue());
            }
        }
    }

    @Test
    void theYearsRankingKeepsAMemberWhoLeftDuringIt() throws Exception {
        Fixture f = fixture();
        long leaving = f.ids().get("二");
        as(
                "office",
                "office-staff",
                () -> duty.recordManual(
                        new ManualDuty(DutyCategory.MEETING.name(), f.today(), "换届前的会议", List.of(leaving))));
        as("office", "office-staff", () -> terms.open(new TermPlan(f.org(), 16, f.today(), List.of(leaving)), true));
        assertEquals("LEFT", profile(leaving).member().status());

        List<RankingRow> ranking = as(
                        "office",
                        "office-staff",
                        () -> duty.ranking(
                                new RankingQuery(f.org(), f.today().getYear(), null, null), new Page.Request(0, 20)))
                .items();
        assertEquals(3, ranking.size(), ranking::toString);
        RankingRow first = ranking.get(0);
        assertEquals(leaving, first.memberId(), "the one who left still ranks, first with the year's points");
        assertTrue(first.total().signum() > 0);
        assertEquals(
                1,
                as(
                                "office",
                                "office-staff",
                                () -> duty.record(leaving, f.today().getYear()))
                        .entries()
                        .size(),
                "their duty record stays");
    }

    @Test
    void oneBadRowOpensNothingAndMarkingOnThePageLeavesTheOthersContinuing() throws Exception {
        Fixture f = fixture();
        LocalDate start = f.today().plusDays(1);
        String[] bad = row(4, "16");
        bad[6] = "不存在界别";
        String[] wrongTerm = row(5, "17");
        TermOutcome refused = as(
                "office",
                "office-staff",
                () -> terms.importTerm(
                        f.org(), 16, start, RosterWorkbook.of(List.of(row(1, null), bad, wrongTerm)), true));
        assertFalse(refused.applied());
        assertEquals(
                List.of("3:sector:problem.import.unknown-sector", "4:term:problem.term.import-term"),
                refused.errors().stream()
                        .map(e -> e.row() + ":" + e.column() + ":" + e.messageKey())
                        .toList());
        assertEquals(3, members(f.org(), "ACTIVE").size(), "nobody left");
        assertTrue(members(f.org(), null).stream().allMatch(m -> m.term() == 15), "nobody continued");
        assertEquals(
                List.of(15),
                as("office", "office-staff", () -> terms.terms(f.org())).stream()
                        .map(TermSummary::number)
                        .toList());

        Problem notNext = assertThrows(
                Problem.class,
                () -> as(
                        "office", "office-staff", () -> terms.open(new TermPlan(f.org(), 15, start, List.of()), true)));
        assertEquals("term-not-next", notNext.code());

        long three = f.ids().get("三");
        as(
                "office",
                "office-staff",
                () -> accounts.createLogins(new MemberAccounts.Scope(List.of(three), null, false)));
        assertEquals(
                Boolean.TRUE,
                as("office", "office-staff", () -> accounts.login(three)).enabled());
        TermOutcome opened =
                as("office", "office-staff", () -> terms.open(new TermPlan(f.org(), 16, start, List.of(three)), true));
        assertEquals(List.of(true, 2, 1, 0), counts(opened));
        assertEquals(List.of("LEFT"), List.of(profile(three).member().status()));
        assertEquals(
                Boolean.FALSE,
                as("office", "office-staff", () -> accounts.login(three)).enabled(),
                "who leaves at the change of term keeps the history, not a working login");
        assertEquals(2, members(f.org(), "ACTIVE").size());
    }

    @Test
    void aRosterPageIsOneStatementWithItsTotalTheNamesOfCommitteesAndSectorsComeFromTheCache() throws Exception {
        // issue 22: the page and its total from one statement (a window count); committees and sectors by id
        // through the second-level cache. Before: the page, its count, and the names (5 statements, then 2).
        Callable<Page<MemberSummary>> page = () -> roster.search(MemberQuery.all(), new Page.Request(0, 20));
        Page<MemberSummary> first = as("office", "office-staff", page);
        assertTrue(
                first.items().stream().anyMatch(m -> m.sectorId() != null)
                        && first.items().stream().anyMatch(m -> m.committeeId() != null),
                "a page that names sectors and committees");
        as("office", "office-staff", page); // the caches hold them now
        StatementCount.reset();
        Page<MemberSummary> again = as("office", "office-staff", page);
        assertEquals(1, StatementCount.count(), "the page with its total, nothing else");
        assertEquals(first.items(), again.items());
        assertEquals(first.total(), again.total());
    }

    @Test
    void theRostersCachedTotalCountsMembersAddedSinceItWasCached() throws Exception {
        // issue 22: an unfiltered roster's total comes from the query cache; members imported by another
        // transaction must be counted by the very next page
        Callable<Page<MemberSummary>> page = () -> roster.search(MemberQuery.all(), new Page.Request(0, 20));
        long before = as("office", "office-staff", page).total();
        StatementCount.reset();
        assertEquals(before, as("office", "office-staff", page).total());
        assertEquals(1, StatementCount.count(), "the total from the cache, the page from the database");
        fixture(); // a new organisation under the office's with three members
        assertEquals(before + 3, as("office", "office-staff", page).total(), "the three new members counted");
    }

    @Test
    void theRostersTotalIsEveryMemberItPagesThroughOnTheLastPageAndBeyondIt() throws Exception {
        // the total comes with the page's rows; a page beyond the end has none, and is counted alone
        for (MemberQuery query : List.of(
                MemberQuery.all(),
                new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, "zh"),
                new MemberQuery(null, null, null, null, null, null, "张"))) {
            List<Long> ids = new java.util.ArrayList<>();
            long total = -1;
            for (int n = 0; total < 0 || ids.size() < total; n++) {
                int number = n;
                Page<MemberSummary> p =
                        as("office", "office-staff", () -> roster.search(query, new Page.Request(number, 200)));
                assertFalse(p.items().isEmpty(), "page " + n + " of " + p.total() + " for " + query);
                assertTrue(total < 0 || total == p.total(), "every page the same total");
                total = p.total();
                p.items().forEach(m -> ids.add(m.id()));
            }
            assertTrue(query.text() != null || total > 20, "more than a page of 20: " + total);
            assertEquals(total, ids.size(), "the total is the members paged through");
            assertEquals(total, ids.stream().distinct().count(), "each member once");

            int last = (int) ((total - 1) / 20);
            StatementCount.reset();
            Page<MemberSummary> lastPage =
                    as("office", "office-staff", () -> roster.search(query, new Page.Request(last, 20)));
            assertEquals(1, StatementCount.count(), "the last page: one statement");
            assertEquals(total, lastPage.total());
            assertEquals(total - last * 20L, lastPage.items().size());
            assertEquals(
                    ids.subList(last * 20, (int) total),
                    lastPage.items().stream().map(MemberSummary::id).toList(),
                    "the last page in the roster's order");

            StatementCount.reset();
            Page<MemberSummary> beyond =
                    as("office", "office-staff", () -> roster.search(query, new Page.Request(last + 3, 20)));
            // a filtered roster is counted alone; an unfiltered one's total is in the query cache by now
            assertEquals(
                    query.text() == null ? 1 : 2,
                    StatementCount.count(),
                    "beyond the end: the empty page, then the count alone");
            assertEquals(List.of(), beyond.items());
            assertEquals(total, beyond.total(), "the total beyond the end");
        }
        Page<MemberSummary> none = as(
                "office",
                "office-staff",
                () -> roster.search(
                        new MemberQuery(null, null, null, null, null, null, "qqqqqqqqq"), new Page.Request(0, 20)));
        assertEquals(0, none.total());
        assertEquals(List.of(), none.items());
    }

    @Test
    void onlyOfficeStaffOpenATerm() throws Exception {
        Fixture f = fixture();
        assertThrows(
                EJBAccessException.class,
                () -> as("leader", "leader", () -> terms.open(new TermPlan(f.org(), 16, f.today(), List.of()), true)));
        assertThrows(EJBAccessException.class, () -> as("member1", "member", () -> terms.terms(f.org())));
    }

    private static List<Object> counts(TermOutcome o) {
        return List.of(o.applied(), o.continuing(), o.leaving(), o.joining());
    }

    private static List<Object> standing(MemberStanding s) {
        return List.of(s.party(), s.sectorName(), s.term(), s.status());
    }

    private MemberProfile profile(long id) throws Exception {
        return as("office", "office-staff", () -> roster.member(id));
    }

    private List<MemberSummary> members(long org, String status) throws Exception {
        return as(
                        "office",
                        "office-staff",
                        () -> roster.search(
                                new MemberQuery(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        status == null ? null : MemberStatus.valueOf(status),
                                        batch),
                                new Page.Request(0, 50)))
                .items()
                .stream()
                .filter(m -> m.organisationId() == org)
                .toList();
    }

    private String[] row(int n, String term) {
        return new String[] {
            "T-" + seed + "-" + n,
            "换届" + batch + DIGITS.charAt(n),
            "女",
            "汉族",
            "1975-06-0" + n,
            "民盟",
            "教育界",
            term,
            "委员",
            "提案委员会",
            "大同大学",
            "教授",
            "1390000000" + n,
            null
        };
    }

    private static String chinese(int number) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
