package org.tongxin.committee.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.LoginSlip;
import org.tongxin.committee.domain.LoginSlips;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.MemberLogins;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.PublicAddress;
import org.tongxin.platform.application.Secrets;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Member logins. Office staff of the member's organisation (or one above it) open, link and unlink; the
 * account side is the platform's {@link MemberLogins}. The database keeps one account per member and one
 * member per account (cm_member_account_ux); the service says so first, as {@code 409}.
 */
@Stateless
public class MemberAccountsBean implements MemberAccounts {

    static final Duration SLIPS_KEPT = Duration.ofDays(1);
    static final String SEAL_PURPOSE = "cm_login_slip.password";

    @Inject
    MemberRepository members;

    @Inject
    CommitteeRepository committees;

    @Inject
    LoginSlips slips;

    @Inject
    SlipPrinter printer;

    @Inject
    Reach reach;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Clock clock;

    @EJB
    MemberLogins logins;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Result createLogins(Scope scope) {
        Caller caller = caller();
        List<Member> chosen = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (scope == null || (scope.memberIds() == null && scope.committee() == null && !scope.all())) {
            throw Problem.field("memberIds", "required", "problem.member-login.scope");
        }
        if (scope.memberIds() != null) {
            for (Long id : new LinkedHashSet<>(scope.memberIds())) {
                if (id == null) {
                    continue;
                }
                try {
                    chosen.add(reach.member(caller, id));
                } catch (Problem p) {
                    skipped.add(new Skipped(id, null, "not-found"));
                }
            }
        } else {
            MemberQuery query;
            if (scope.committee() != null) {
                committees
                        .committee(scope.committee())
                        .filter(c -> callers.organisationVisible(caller, c.organisationId()))
                        .orElseThrow(
                                () -> Problem.field("committee", "not-found", "problem.not-found", "entity.committee"));
                query = new MemberQuery(scope.committee(), null, null, null, null, MemberStatus.ACTIVE, null);
            } else {
                query = new MemberQuery(null, null, null, null, null, MemberStatus.ACTIVE, null);
            }
            chosen.addAll(members.search(caller.visible().pathPattern(), query, 0, 100_000));
        }
        Instant now = clock.instant();
        String batch = UUID.randomUUID().toString();
        List<Created> created = new ArrayList<>();
        for (Member m : chosen) {
            if (m.accountId() != null) {
                skipped.add(new Skipped(m.id(), m.name(), "has-account"));
            } else if (m.hasLeft()) {
                skipped.add(new Skipped(m.id(), m.name(), "not-active"));
            } else if (created.size() >= MAX_PER_CALL) {
                skipped.add(new Skipped(m.id(), m.name(), "limit"));
            } else {
                members.lock(m);
                MemberLogins.Opened opened = logins.open(m.namePinyin(), m.name(), m.organisationId());
                m.linkAccount(opened.accountId());
                created.add(new Created(m.id(), m.name(), opened.username(), opened.oneTimePassword()));
                slips.add(new LoginSlip(
                        batch,
                        created.size(),
                        m.id(),
                        opened.username(),
                        Secrets.seal(opened.oneTimePassword(), SEAL_PURPOSE + ":" + batch),
                        caller.accountId(),
                        now,
                        now.plus(SLIPS_KEPT)));
            }
        }
        slips.deleteExpired(now);
        return new Result(List.copyOf(created), List.copyOf(skipped), created.isEmpty() ? null : batch);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public byte[] slips(String batch) {
        Caller caller = caller();
        if (batch == null || batch.length() > 36) {
            throw Problem.notFound("slips");
        }
        List<LoginSlip> lines = slips.batch(batch, caller.accountId(), clock.instant());
        if (lines.isEmpty()) {
            throw Problem.notFound("slips");
        }
        Map<Long, String> committeeNames = committees.committeeNames(lines.stream()
                .map(l -> members.byId(l.memberId()).map(Member::committeeId).orElse(null))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        List<SlipPrinter.Slip> out = new ArrayList<>();
        for (LoginSlip l : lines) {
            Optional<Member> m = members.byId(l.memberId());
            out.add(new SlipPrinter.Slip(
                    m.map(Member::name).orElse(""),
                    m.flatMap(x -> organisations.find(x.organisationId()))
                            .map(OrganisationSummary::name)
                            .orElse(null),
                    m.map(Member::committeeId).map(committeeNames::get).orElse(null),
                    l.username(),
                    Secrets.open(l.sealedPassword(), SEAL_PURPOSE + ":" + batch)));
        }
        return printer.print(out, PublicAddress.base() + "/login.xhtml");
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Login login(long memberId) {
        Member m = reach.member(caller(), memberId);
        if (m.accountId() == null) {
            return new Login(null, null, null);
        }
        return new Login(
                m.accountId(),
                logins.usernames(List.of(m.accountId())).get(m.accountId()),
                logins.enabled(m.accountId()).orElse(null));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void link(long memberId, long accountId) {
        Member m = reach.member(caller(), memberId);
        attach(m, logins.linkable(accountId));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void linkByUsername(long memberId, String username) {
        Member m = reach.member(caller(), memberId);
        attach(m, logins.linkableByUsername(username));
    }

    private void attach(Member m, long accountId) {
        members.lock(m);
        if (m.accountId() != null) {
            if (m.accountId() == accountId) {
                return;
            }
            throw Problem.conflict("member-has-account", "problem.member-login.member-has-account");
        }
        Optional<Member> other = members.byAccount(accountId);
        if (other.isPresent()) {
            throw Problem.conflict("account-linked", "problem.member-login.account-linked");
        }
        m.linkAccount(accountId);
        if (m.hasLeft()) {
            logins.disable(accountId); // a member who left keeps no working login
        }
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void unlink(long memberId) {
        Member m = reach.member(caller(), memberId);
        members.lock(m);
        m.unlinkAccount();
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
