package org.tongxin.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.PasswordHasher;
import org.tongxin.platform.kernel.Role;

@Stateless
@PermitAll
public class ExternalSignInBean implements ExternalSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @EJB
    AuditService audit;

    @Inject
    Event<ExternalMemberClaim> claims;

    @Override
    public LoginResult signIn(ExternalIdentity identity) {
        Instant now = clock.instant();
        String name = Account.normaliseUsername(identity.username());
        Optional<Organisation> organisation = identity.organisationCode() == null
                ? Optional.empty()
                : organisations.byCode(identity.organisationCode()).filter(o -> !o.isRetired());
        if (organisation.isEmpty()) {
            return refused(identity, name, "unknown-organisation", LoginResult.Outcome.INVALID);
        }
        Optional<Account> found = accounts.byExternalSubjectForUpdate(identity.source(), identity.subject());
        Account account;
        if (found.isPresent()) {
            account = found.get();
            if (!account.isEnabled()) {
                return refused(identity, account.username(), "disabled", LoginResult.Outcome.DISABLED);
            }
            if (account.isLocked(now)) {
                return refused(identity, account.username(), "locked", LoginResult.Outcome.LOCKED);
            }
            if (account.refreshFromSource(displayName(identity, name), organisation.get(), identity.roles())) {
                audit.recordSecurityEvent("ROLES_REFRESHED", account.username(), sourceDetails(identity, null));
            }
        } else {
            if (accounts.byUsername(name).isPresent()) {
                // never take over a local account, or another source's, by its name
                return refused(identity, name, "username-taken", LoginResult.Outcome.INVALID);
            }
            account = Account.external(
                    identity.source(),
                    identity.subject(),
                    name,
                    displayName(identity, name),
                    organisation.get(),
                    new PasswordHasher().hash(unusableSecret()),
                    now);
            account.refreshFromSource(account.displayName(), organisation.get(), identity.roles());
            accounts.add(account);
            audit.recordSecurityEvent("ACCOUNT_CREATED", name, sourceDetails(identity, null));
        }
        account.recordSuccessfulLogin(now);
        if (identity.memberKey() != null && !identity.memberKey().isBlank() && account.id() != null) {
            claims.fire(new ExternalMemberClaim(
                    account.id(), organisation.get().id(), identity.memberKey().strip()));
        }
        audit.recordSecurityEvent("LOGIN_SUCCESS", account.username(), sourceDetails(identity, null));
        return new LoginResult(
                LoginResult.Outcome.SUCCESS,
                account.username(),
                account.roles().stream().map(Role::code).collect(Collectors.toUnmodifiableSet()),
                false);
    }

    @Override
    public void vanished(AccountSource source, String subject) {
        accounts.byExternalSubjectForUpdate(source, subject)
                .filter(Account::isEnabled)
                .ifPresent(a -> {
                    a.disable();
                    audit.recordSecurityEvent(
                            "ACCOUNT_DISABLED",
                            a.username(),
                            "{\"reason\":\"gone-from-source\",\"source\":\"" + source + "\"}");
                });
    }

    private LoginResult refused(ExternalIdentity identity, String name, String reason, LoginResult.Outcome outcome) {
        audit.recordSecurityEvent("LOGIN_FAILURE", name, sourceDetails(identity, reason));
        return LoginResult.refused(outcome);
    }

    private static String displayName(ExternalIdentity identity, String name) {
        return identity.displayName() == null || identity.displayName().isBlank()
                ? name
                : identity.displayName().strip();
    }

    private static String sourceDetails(ExternalIdentity identity, String reason) {
        return "{\"source\":\"" + identity.source() + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + "}";
    }

    private static String unusableSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
