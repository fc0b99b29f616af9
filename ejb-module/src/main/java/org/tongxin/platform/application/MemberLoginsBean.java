package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.MemberUsernames;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.domain.SecurityPolicy;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * Member logins for office staff. An account opened here holds the role {@code member} and nothing else
 * (the one business role an office hands out to its own members; every other role stays the security
 * administrator's to grant), and must change its one-time password before it reaches anything else.
 */
@Stateless
public class MemberLoginsBean implements MemberLogins {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Callers callers;

    @Inject
    java.time.Clock clock;

    @EJB
    SecurityPolicyService policies;

    @Inject
    VerifiedCredentials verified;

    @Resource
    SessionContext session;

    private final PasswordHasher hasher = new PasswordHasher();

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public Opened open(String namePinyin, String displayName, long organisationId) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Organisation organisation = organisations
                .byId(organisationId)
                .filter(o -> visible.includes(o.path()))
                .orElseThrow(() -> Problem.notFound("organisation"));
        String username = MemberUsernames.firstFree(
                MemberUsernames.base(namePinyin), u -> accounts.byUsername(u).isPresent());
        SecurityPolicy policy = policies.current();
        String password;
        do {
            password = AccountServiceBean.generatePassword(Math.max(policy.minLength(), 12));
        } while (!acceptable(policy, username, displayName, password));
        Instant now = clock.instant();
        Account account = new Account(username, displayName, organisation, hasher.hash(password), now);
        account.resetPassword(account.passwordHash(), now); // opens nothing but the first password change
        account.assignRoles(EnumSet.of(Role.MEMBER));
        accounts.add(account);
        return new Opened(account.id(), username, password);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public long linkable(long accountId) {
        return linkable(accounts.byId(accountId)).orElseThrow(() -> Problem.notFound("account"));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public long linkableByUsername(String username) {
        String u = Account.normaliseUsername(username);
        if (u.isEmpty()) {
            throw Problem.field("username", "required", "problem.member-login.username-required");
        }
        return linkable(accounts.byUsername(u))
                .orElseThrow(() -> Problem.field("username", "not-found", "problem.member-login.unknown-username", u));
    }

    private Optional<Long> linkable(Optional<Account> account) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        return account.filter(a -> visible.includes(a.organisation().path()))
                .filter(a -> !a.isAdministrator() && a.roles().stream().noneMatch(Role::isSystem))
                .map(Account::id);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public Map<Long, String> usernames(Collection<Long> accountIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Long id : accountIds) {
            accounts.byId(id).ifPresent(a -> names.put(a.id(), a.username()));
        }
        return names;
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void disable(long accountId) {
        accounts.byId(accountId).ifPresent(a -> {
            a.disable();
            verified.forget(a.username());
            callers.changed();
        });
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Optional<Boolean> enabled(long accountId) {
        return accounts.byId(accountId).map(Account::isEnabled);
    }

    private static boolean acceptable(SecurityPolicy policy, String username, String displayName, String password) {
        try {
            policy.check(username, displayName, password);
            return true;
        } catch (Problem p) {
            return false;
        }
    }
}
