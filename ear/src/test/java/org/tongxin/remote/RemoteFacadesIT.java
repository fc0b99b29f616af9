package org.tongxin.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tongxin.remote.client.DutyLedgerRemote;
import org.tongxin.remote.client.MemberDirectoryRemote;
import org.tongxin.remote.client.RemoteCommittee;
import org.tongxin.remote.client.RemoteDutyCredit;
import org.tongxin.remote.client.RemoteDutyReceipt;
import org.tongxin.remote.client.RemoteDutyRecord;
import org.tongxin.remote.client.RemoteMember;
import org.tongxin.remote.client.RemoteProblem;
import org.tongxin.remote.client.RemoteReport;
import org.tongxin.remote.client.RemoteReportReceipt;
import org.tongxin.remote.client.ReportIntakeRemote;
import org.tongxin.remote.client.ResultPage;
import org.tongxin.support.Api;
import org.tongxin.support.Deployments;
import org.tongxin.support.Fixtures;

/**
 * Issue 19, remote EJB: a plain client in the test JVM (not the server's), with the EJB client jar and WildFly's
 * EJB and naming clients, calls each facade over remote+http on 8080 as a neighbouring application does, signed in
 * with a service account of the platform; without the facade's role, with a wrong password, or before its first
 * password change it is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemoteFacadesIT {

    private static final String PREFIX = "tongxin/ejb-module/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** What a neighbouring application writes: WildFly's naming client, the server's address, the account. */
    static Context context(String user, String password) throws NamingException {
        Properties p = new Properties();
        p.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        URI base = URI.create(Api.BASE);
        p.put(Context.PROVIDER_URL, "remote+http://" + base.getHost() + ":" + base.getPort());
        p.put(Context.SECURITY_PRINCIPAL, user);
        p.put(Context.SECURITY_CREDENTIALS, password);
        return new InitialContext(p);
    }

    static <T> T lookup(Context context, String bean, Class<T> view) throws NamingException {
        return view.cast(context.lookup(PREFIX + bean + "!" + view.getName()));
    }

    @Test
    void theMeetingSystemFindsMembersByRosterKeyNameAndCommittee() throws Exception {
        Context ctx = context("meetings", Api.DEMO_PASSWORD);
        try {
            MemberDirectoryRemote directory = lookup(ctx, "MemberDirectoryFacade", MemberDirectoryRemote.class);
            List<RemoteMember> byName = directory.findByName("张伟明", 5);
            assertFalse(byName.isEmpty(), "the demo member 张伟明 of the city");
            RemoteMember zhang = byName.get(0);
            assertEquals("张伟明", zhang.name());
            assertNotNull(zhang.rosterKey());

            List<RemoteMember> byKey = directory.findByRosterKey(zhang.rosterKey());
            assertTrue(byKey.stream().anyMatch(m -> m.id() == zhang.id()), byKey::toString);
            assertTrue(directory
                    .findByRosterKey("no-such-key-" + System.nanoTime())
                    .isEmpty());

            List<RemoteCommittee> committees = directory.committees();
            assertFalse(committees.isEmpty());
            RemoteCommittee committee = committees.stream()
                    .filter(c -> c.activeMembers() > 0)
                    .findFirst()
                    .orElseThrow();
            ResultPage<RemoteMember> page = directory.findByCommittee(committee.id(), 0, 10);
            assertFalse(page.items().isEmpty());
            assertTrue(page.total() >= page.items().size());
            assertTrue(page.items().stream().allMatch(m -> committee.id() == m.committeeId()));
        } finally {
            ctx.close();
        }
    }

    @Test
    void theMeetingSystemCreditsAttendanceOnceAndReadsTheRecord() throws Exception {
        Context ctx = context("meetings", Api.DEMO_PASSWORD);
        try {
            RemoteMember member = lookup(ctx, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                    .findByName("曾晓燕", 1)
                    .get(0);
            DutyLedgerRemote ledger = lookup(ctx, "DutyLedgerFacade", DutyLedgerRemote.class);
            String reference = "meeting-" + System.nanoTime() + ":attendance";
            RemoteDutyCredit credit =
                    new RemoteDutyCredit(member.id(), "MEETING", Fixtures.today(), "会议系统：全体会议出席", reference);

            RemoteDutyReceipt first = ledger.credit(credit);
            assertTrue(first.created());
            assertTrue(first.points().compareTo(BigDecimal.ZERO) > 0, first::toString);
            RemoteDutyReceipt again = ledger.credit(credit);
            assertFalse(again.created(), "the same reference again changes nothing");
            assertEquals(first.entryId(), again.entryId());

            RemoteDutyRecord record =
                    ledger.record(member.id(), Fixtures.today().getYear());
            assertEquals(member.id(), record.memberId());
            assertEquals(
                    1,
                    record.entries().stream()
                            .filter(e -> e.source().equals(first.source()) && !e.voided())
                            .count(),
                    record::toString);

            RemoteProblem future = assertThrows(
                    RemoteProblem.class,
                    () -> ledger.credit(new RemoteDutyCredit(
                            member.id(), "MEETING", Fixtures.today().plusDays(3), "x", reference + "-f")));
            assertEquals("invalid-input", future.code());
            assertEquals(List.of("occurredOn"), future.fields());
            RemoteProblem notManual = assertThrows(
                    RemoteProblem.class,
                    () -> ledger.credit(new RemoteDutyCredit(
                            member.id(), "INFO_ADOPTED_CITY", Fixtures.today(), "x", reference + "-m")));
            assertEquals(List.of("category"), notManual.fields());
            RemoteProblem unknown = assertThrows(RemoteProblem.class, () -> ledger.record(Long.MAX_VALUE, null));
            assertEquals("NOT_FOUND", unknown.kind());
        } finally {
            ctx.close();
        }
    }

    @Test
    void theOaSystemSubmitsAReportOnBehalfOfAMember() throws Exception {
        Context meetings = context("meetings", Api.DEMO_PASSWORD);
        Context oa = context("oa", Api.DEMO_PASSWORD);
        try {
            RemoteMember member = lookup(meetings, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                    .findByName("单国庆", 1)
                    .get(0);
            ReportIntakeRemote intake = lookup(oa, "ReportIntakeFacade", ReportIntakeRemote.class);
            RemoteReportReceipt receipt = intake.submit(new RemoteReport(
                    member.id(),
                    Api.unique("办公系统转来的社情民意"),
                    "关于老旧小区加装电梯的几点建议。",
                    List.of("统筹资金", "简化审批"),
                    "ECONOMY",
                    List.of()));
            assertEquals("SUBMITTED", receipt.state());
            assertEquals(member.organisationId(), receipt.organisationId());
            assertNotNull(receipt.submittedAt());
            // the city's editor finds it in the queue, the member as its first author
            Api.Reply report = Api.as("editor").get("/api/v1/reports/" + receipt.reportId());
            assertEquals(200, report.status(), report::toString);
            assertEquals("SUBMITTED", report.json().getString("state"));
        } finally {
            meetings.close();
            oa.close();
        }
    }

    @Test
    void aReportFiledWithAnIdempotencyKeyIsFiledOnceWhenTheCallIsRetried() throws Exception {
        Context meetings = context("meetings", Api.DEMO_PASSWORD);
        Context oa = context("oa", Api.DEMO_PASSWORD);
        try {
            RemoteMember member = lookup(meetings, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                    .findByName("单国庆", 1)
                    .get(0);
            ReportIntakeRemote intake = lookup(oa, "ReportIntakeFacade", ReportIntakeRemote.class);
            String key = "oa-intake-" + System.nanoTime();
            String title = Api.unique("办公系统重试报送");
            RemoteReport report =
                    new RemoteReport(member.id(), title, "关于老旧小区加装电梯的几点建议。", List.of("统筹资金"), "ECONOMY", List.of());
            RemoteReportReceipt first = intake.submit(report, key);
            assertEquals("SUBMITTED", first.state());
            // the answer was lost; the OA system calls again with the same key (and, say, a corrected title)
            String retitled = title + "（修订）";
            RemoteReportReceipt again = intake.submit(
                    new RemoteReport(member.id(), retitled, report.body(), report.proposals(), "ECONOMY", List.of()),
                    key);
            assertEquals(first, again, "the first call's receipt");
            List<String> titles = Api.as("editor")
                    .get("/api/v1/reports?author=" + member.id() + "&size=100")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(jakarta.json.JsonObject.class)
                    .stream()
                    .map(r -> r.getString("title"))
                    .filter(t -> t.startsWith(title))
                    .toList();
            assertEquals(List.of(title), titles, "filed once");

            // another key files another report; the unkeyed call files every time, as before
            RemoteReportReceipt other = intake.submit(report, key + "-2");
            assertFalse(other.reportId() == first.reportId());
            RemoteProblem blank = assertThrows(RemoteProblem.class, () -> intake.submit(report, " "));
            assertEquals("invalid-input", blank.code());
            assertEquals(List.of("idempotencyKey"), blank.fields());
            RemoteProblem tooLong = assertThrows(RemoteProblem.class, () -> intake.submit(report, "k".repeat(101)));
            assertEquals(List.of("idempotencyKey"), tooLong.fields());
        } finally {
            meetings.close();
            oa.close();
        }
    }

    @Test
    void aServiceAccountReachesOnlyTheFacadesOfItsRoles() throws Exception {
        Context oa = context("oa", Api.DEMO_PASSWORD);
        try {
            DutyLedgerRemote ledger = lookup(oa, "DutyLedgerFacade", DutyLedgerRemote.class);
            assertThrows(EJBAccessException.class, () -> ledger.record(1L, null));
            assertThrows(
                    EJBAccessException.class,
                    () -> ledger.credit(new RemoteDutyCredit(1L, "MEETING", Fixtures.today(), "x", "oa-1")));
            assertThrows(
                    EJBAccessException.class,
                    () -> lookup(oa, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                            .findByName("张", 1));
        } finally {
            oa.close();
        }
        Context meetings = context("meetings", Api.DEMO_PASSWORD);
        try {
            assertThrows(
                    EJBAccessException.class,
                    () -> lookup(meetings, "ReportIntakeFacade", ReportIntakeRemote.class)
                            .submit(new RemoteReport(1L, "t", "b", List.of(), "ECONOMY", List.of())));
        } finally {
            meetings.close();
        }
        // people's accounts hold no remote role: a member, office staff
        for (String person : new String[] {"member1", "office"}) {
            Context ctx = context(person, Api.DEMO_PASSWORD);
            try {
                MemberDirectoryRemote directory = lookup(ctx, "MemberDirectoryFacade", MemberDirectoryRemote.class);
                assertThrows(EJBAccessException.class, () -> directory.findByName("张", 1), person);
            } finally {
                ctx.close();
            }
        }
    }

    @Test
    void anAccountTheOfficeOpensWithARemoteRoleCallsItsFacadeAndNothingElse() throws Exception {
        String username = Fixtures.username("sys");
        Fixtures.account(username, "Remote-Caller-2026", "remote-directory");
        Context ctx = context(username, "Remote-Caller-2026");
        try {
            assertFalse(lookup(ctx, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                    .findByName("张伟明", 1)
                    .isEmpty());
            DutyLedgerRemote ledger = lookup(ctx, "DutyLedgerFacade", DutyLedgerRemote.class);
            assertThrows(EJBAccessException.class, () -> ledger.record(1L, null));
        } finally {
            ctx.close();
        }
    }

    @Test
    void aWrongPasswordAnUnknownNameAndAPasswordStillToBeChangedAreRefused() throws Exception {
        String username = Fixtures.username("sys");
        Fixtures.account(username, "Remote-Caller-2026", "remote-directory");
        assertRefused(username, "Wrong-Password-2026");
        assertRefused("nobody-" + System.nanoTime(), "Remote-Caller-2026");

        String fresh = Fixtures.username("sys");
        Fixtures.newAccount(fresh, "Initial-Pass-2026", "remote-directory");
        assertRefused(fresh, "Initial-Pass-2026");
    }

    private static void assertRefused(String user, String password) throws NamingException {
        Context ctx = context(user, password);
        try {
            Exception e = assertThrows(
                    Exception.class,
                    () -> lookup(ctx, "MemberDirectoryFacade", MemberDirectoryRemote.class)
                            .findByName("张伟明", 1),
                    user);
            assertFalse(e instanceof RemoteProblem, e::toString);
        } finally {
            ctx.close();
        }
    }
}
