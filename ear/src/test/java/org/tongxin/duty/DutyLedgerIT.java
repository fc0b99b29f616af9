package org.tongxin.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.duty.application.CategoryChange;
import org.tongxin.duty.application.CategoryDetails;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyCategoryService;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyRecord;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.duty.application.RecomputePreview;
import org.tongxin.duty.application.RuleSetDetails;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.platform.infrastructure.StatementCount;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.support.Deployments;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * The duty ledger inside the server: acts arriving as CDI events in their module's transaction,
 * idempotence, withdrawal, caps, rescoring under a new rule set, and who may read a record. Each test
 * works in a year of its own, so that they do not disturb one another or the demo year.
 */
@ExtendWith(ArquillianExtension.class)
class DutyLedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(DutyLedgerIT.class);
    }

    @Inject
    Event<DutyEvent> acts;

    @Inject
    Event<DutyWithdrawn> withdrawals;

    @Inject
    DutyService duty;

    @Inject
    DutyCategoryService categories;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Test
    void anActAndItsPointsCommitTogetherOrNotAtAll() throws Exception {
        long member = memberOf("member3");
        SourceRef source = source("studyhall");
        as("keeper", "hall-keeper", () -> {
            transaction.begin();
            acts.fire(DutyEvent.sole(member, LocalDate.of(2031, 3, 1), DutyCategory.STUDY, source, "读书分享会"));
            transaction.rollback();
            return null;
        });
        assertTrue(entries(member, 2031).stream().noneMatch(e -> e.source().equals(source.toString())));
        as("keeper", "hall-keeper", () -> {
            transaction.begin();
            acts.fire(DutyEvent.sole(member, LocalDate.of(2031, 3, 1), DutyCategory.STUDY, source, "读书分享会"));
            transaction.commit();
            return null;
        });
        DutyRecord.Entry entry = entries(member, 2031).stream()
                .filter(e -> e.source().equals(source.toString()))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("2.00"), entry.points());
        assertEquals("studyhall", entry.sourceModule());
        assertEquals("keeper", entry.recordedBy());
    }

    @Test
    void theSameActTwiceCountsOnceAndChangedFactsReplaceTheEntry() throws Exception {
        long member = memberOf("member4");
        SourceRef source = source("inforeport");
        DutyEvent first = new DutyEvent(
                member,
                LocalDate.of(2032, 5, 6),
                DutyCategory.INFO_ADOPTED_CITY,
                source,
                "关于老旧小区加装电梯的建议",
                DutyRole.FIRST_AUTHOR,
                1);
        as("editor", "info-editor", () -> {
            acts.fire(first);
            acts.fire(first);
            return null;
        });
        List<DutyRecord.Entry> once = entries(member, 2032);
        assertEquals(
                1,
                once.stream().filter(e -> e.source().equals(source.toString())).count());
        assertEquals(new BigDecimal("3.00"), once.get(0).points(), "first author of two: 60 % of 5");

        // the co-author withdrew: the same source now credits the member alone
        as("editor", "info-editor", () -> {
            acts.fire(new DutyEvent(
                    member, first.occurredOn(), first.category(), source, first.description(), DutyRole.SOLE, 0));
            return null;
        });
        List<DutyRecord.Entry> replaced = entries(member, 2032);
        DutyRecord.Entry old =
                replaced.stream().filter(DutyRecord.Entry::voided).findFirst().orElseThrow();
        DutyRecord.Entry now =
                replaced.stream().filter(e -> !e.voided()).findFirst().orElseThrow();
        assertEquals("SOURCE", old.voidKind());
        assertEquals(old.id(), now.replacesId());
        assertEquals(new BigDecimal("5.00"), now.points());
        assertEquals(new BigDecimal("5.00"), record(member, 2032).total());

        as("editor", "info-editor", () -> {
            withdrawals.fire(new DutyWithdrawn(source, "采用已撤销"));
            return null;
        });
        DutyRecord after = record(member, 2032);
        assertTrue(after.entries().stream().allMatch(DutyRecord.Entry::voided));
        assertEquals(0, after.total().signum());
    }

    @Test
    void aCategoryCountsUpToItsCapWhileEveryEntryStaysVisible() throws Exception {
        long member = memberOf("member5");
        as("office", "office-staff", () -> {
            for (int month = 1; month <= 12; month++) {
                acts.fire(DutyEvent.sole(
                        member, LocalDate.of(2030, month, 10), DutyCategory.MEETING, source("committee"), "月度协商会"));
            }
            return null;
        });
        DutyRecord r = record(member, 2030);
        DutyRecord.CategoryLine meetings = r.categories().stream()
                .filter(c -> c.category().equals("MEETING"))
                .findFirst()
                .orElseThrow();
        assertEquals(12, meetings.events());
        assertEquals(new BigDecimal("24.00"), meetings.subtotal());
        assertEquals(new BigDecimal("20.00"), meetings.counted());
        assertEquals(new BigDecimal("20.00"), r.total());
        assertEquals("NOT_COMPETENT", r.grade());
        assertEquals(12, r.entries().size());
    }

    @Test
    void aNewRuleSetRescoresTheYearAfterShowingTheDifference() throws Exception {
        long author = memberOf("member6");
        long coAuthor = memberOf("member7");
        int year = 2033;
        as("editor", "info-editor", () -> {
            for (int i = 0; i < 3; i++) {
                SourceRef report = source("inforeport");
                acts.fire(new DutyEvent(
                        author,
                        LocalDate.of(year, 4, 1 + i),
                        DutyCategory.INFO_ADOPTED_CITY,
                        report,
                        "联名信息",
                        DutyRole.FIRST_AUTHOR,
                        1));
                acts.fire(new DutyEvent(
                        coAuthor,
                        LocalDate.of(year, 4, 1 + i),
                        DutyCategory.INFO_ADOPTED_CITY,
                        report,
                        "联名信息",
                        DutyRole.CO_AUTHOR,
                        1));
            }
            return null;
        });
        long datong = record(author, year).organisationId();
        RuleSetDetails before = as("office", "office-staff", () -> duty.ruleSet(datong, year));
        assertEquals(1, before.revision(), "the first act of the year started it with the defaults");
        RuleTerms halves = split(50);

        RecomputePreview preview = as("office", "office-staff", () -> duty.preview(datong, year, halves));
        assertFalse(preview.saved());
        assertEquals(6, preview.entriesRescored());
        RecomputePreview.MemberDiff authorDiff = preview.members().stream()
                .filter(d -> d.memberId() == author)
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("9.00"), authorDiff.oldTotal());
        assertEquals(new BigDecimal("7.50"), authorDiff.newTotal());
        assertEquals(new BigDecimal("9.00"), record(author, year).total(), "a preview changes nothing");

        RecomputePreview saved =
                as("office", "office-staff", () -> duty.saveRuleSet(datong, year, halves, before.revision()));
        assertTrue(saved.saved());
        assertEquals(2, saved.toRevision());
        DutyRecord rescored = record(coAuthor, year);
        assertEquals(new BigDecimal("7.50"), rescored.total());
        assertEquals(2, rescored.ruleSetRevision());
        assertEquals(
                3,
                rescored.entries().stream()
                        .filter(e -> e.voided() && "RECOMPUTED".equals(e.voidKind()))
                        .count());
        rescored.entries().stream().filter(e -> !e.voided()).forEach(e -> {
            assertEquals(2, e.ruleSetRevision());
            assertNotNull(e.replacesId());
        });

        Problem stale = assertThrows(
                Problem.class,
                () -> as("office", "office-staff", () -> duty.saveRuleSet(datong, year, split(70), before.revision())));
        assertEquals(Problem.Kind.CONFLICT, stale.kind());
    }

    @Test
    void aDutyRecordIsReadInTwoStatements() throws Exception {
        // issue 22: the member and the entries; the rule set with its rules and the organisation's categories come
        // from the query and second-level caches (before: 6 statements, then 4)
        long member = memberOf("member8");
        as("office", "office-staff", () -> duty.record(member, 2026)); // the caller's account is cached now
        StatementCount.reset();
        DutyRecord record = as("office", "office-staff", () -> duty.record(member, 2026));
        assertEquals(2, StatementCount.count());
        assertEquals(member, record.memberId());
        assertTrue(record.ruleSetRevision() > 0, "the year's rule set, with its rules");
    }

    @Test
    void aCategoryAddedOrRenamedIsReadAgainPastTheCaches() throws Exception {
        // the categories and the rule set a duty record reads from the caches: a change is seen by the next reading
        long member = memberOf("member8");
        long organisation = record(member, 2026).organisationId();
        as("office", "office-staff", () -> duty.record(member, 2026));
        RuleSetDetails rules = as("office", "office-staff", () -> duty.ruleSet(organisation, 2026));
        List<CategoryDetails> before = as("office", "office-staff", () -> categories.categories(organisation));
        StatementCount.reset();
        assertEquals(before, as("office", "office-staff", () -> categories.categories(organisation)));
        assertEquals(0, StatementCount.count(), "the categories from the caches");

        String name = "缓存" + UUID.randomUUID().toString().substring(0, 8);
        CategoryDetails added = as(
                "office",
                "office-staff",
                () -> categories.create(
                        new CategoryChange(name, name + " cached", new BigDecimal("2"), new BigDecimal("6"), false)));
        List<CategoryDetails> after = as("office", "office-staff", () -> categories.categories(organisation));
        assertTrue(after.stream().anyMatch(c -> c.id() == added.id()), "the new category is listed");
        assertTrue(
                as("office", "office-staff", () -> duty.ruleSet(organisation, 2026)).rules().stream()
                        .anyMatch(l -> l.category().equals(added.code())),
                "the year's rule set has the new category's line: its rules were read again");
        assertEquals(
                rules.revision(),
                as("office", "office-staff", () -> duty.ruleSet(organisation, 2026))
                        .revision());

        as(
                "office",
                "office-staff",
                () -> categories.update(
                        added.id(),
                        new CategoryChange(
                                name + "改", name + " cached", new BigDecimal("2"), new BigDecimal("6"), false)));
        assertTrue(
                as("office", "office-staff", () -> categories.categories(organisation)).stream()
                        .anyMatch(c -> c.id() == added.id() && c.nameZh().equals(name + "改")),
                "the renamed category is read again");
        // cached again after the change. Hibernate stamps a cached result with the millisecond its session began and
        // trusts it only if that is after the last change of its tables (update timestamps, ms resolution): a reading
        // that begins in the change's millisecond reads the database and caches a result the next reading will not
        // trust (CI met it: 5 statements). So the rule is that one of the first readings after the change is served
        // by the caches again, not that the very first is.
        long fewest = Long.MAX_VALUE;
        for (int reading = 0; reading < 3 && fewest > 2; reading++) {
            StatementCount.reset();
            as("office", "office-staff", () -> duty.record(member, 2026));
            fewest = Math.min(fewest, StatementCount.count());
        }
        assertEquals(2, fewest, "cached again after the change");
    }

    @Test
    void aRecordIsReadByTheMemberAndByTheOfficeNotByOtherMembersOrEditors() throws Exception {
        long member = memberOf("member8");
        assertEquals(
                member, as("member8", "member", () -> duty.record(member, 2026)).memberId());
        assertEquals(
                member,
                as("office", "office-staff", () -> duty.record(member, 2026)).memberId());
        assertEquals(
                member, as("leader", "leader", () -> duty.record(member, 2026)).memberId());
        assertEquals(
                Problem.Kind.FORBIDDEN,
                assertThrows(Problem.class, () -> as("member9", "member", () -> duty.record(member, 2026)))
                        .kind());
        // an information editor reads no duty record at all (least privilege): refused by role, before any data
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> as("editor", "info-editor", () -> duty.record(member, 2026)));
    }

    @Test
    void theRankingExportHoldsEveryRankedMemberInRankOrder() throws Exception {
        long member = memberOf("member10");
        long datong = record(member, 2026).organisationId();
        org.tongxin.duty.application.RankingQuery query =
                new org.tongxin.duty.application.RankingQuery(datong, 2026, null, null);
        long total = as(
                        "leader",
                        "leader",
                        () -> duty.ranking(query, new org.tongxin.platform.kernel.Page.Request(0, 1)))
                .total();
        byte[] xlsx = as(
                "leader",
                "leader",
                () -> duty.exportRanking(
                        query, List.of("名次", "姓名", "专委会", "界别", "总分", "等次"), java.util.Map.of("EXCELLENT", "优秀")));
        try (org.apache.poi.ss.usermodel.Workbook wb =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(total, sheet.getLastRowNum(), "one row per ranked member, beyond the first page of 200");
            double previous = Double.MAX_VALUE;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                double score = sheet.getRow(i).getCell(4).getNumericCellValue();
                assertTrue(score <= previous);
                previous = score;
            }
        }
        assertEquals(
                Problem.Kind.FORBIDDEN,
                assertThrows(
                                Problem.class,
                                () -> as("member10", "member", () -> duty.record(memberOf("member11"), 2026)))
                        .kind());
    }

    private RuleTerms split(int firstAuthorPercent) {
        RuleTerms d = RuleTerms.defaults();
        return new RuleTerms(
                new EnumMap<>(d.lines()), firstAuthorPercent, d.excellentFrom(), d.goodFrom(), d.competentFrom());
    }

    private long memberOf(String username) throws Exception {
        return as(username, "member", () -> duty.ownMemberId().orElseThrow());
    }

    private DutyRecord record(long member, int year) throws Exception {
        return as("office", "office-staff", () -> duty.record(member, year));
    }

    private List<DutyRecord.Entry> entries(long member, int year) throws Exception {
        return record(member, year).entries();
    }

    private static SourceRef source(String module) {
        return SourceRef.of(module, "test", UUID.randomUUID());
    }

    private static <T> T as(String user, String role, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent()
                .createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)))
                .runAs(work);
    }
}
