package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;

/**
 * Accounts for other contexts' services that act for an account without its login (a calendar feed read
 * by its secret): the calling service has already decided that it may. Contexts never touch the
 * {@code Account} entity or its repository; they ask here.
 */
@ApplicationScoped
public class AccountDirectory {

    @Inject
    AccountRepository accounts;

    /** The enabled account with this id as a caller (roles, visible organisations); empty when none or disabled. */
    public Optional<AccountSummary> enabled(long accountId) {
        return accounts.byId(accountId)
                .filter(Account::isEnabled)
                .map(a ->
                        new AccountSummary(new Caller(a.id(), a.username(), a.roles(), a.visible()), a.displayName()));
    }

    /** The enabled account with this login name as a caller; empty when none or disabled. */
    public Optional<AccountSummary> enabledByUsername(String username) {
        return username == null
                ? Optional.empty()
                : accounts.byUsername(username)
                        .filter(Account::isEnabled)
                        .map(a -> new AccountSummary(
                                new Caller(a.id(), a.username(), a.roles(), a.visible()), a.displayName()));
    }

    /** The enabled accounts of an organisation holding the business role (e.g. its leaders), by login. */
    public java.util.List<AccountSummary> enabledWithRole(long organisationId, org.tongxin.platform.kernel.Role role) {
        return accounts.enabledWithRole(organisationId, role).stream()
                .map(a -> new AccountSummary(new Caller(a.id(), a.username(), a.roles(), a.visible()), a.displayName()))
                .toList();
    }
}
