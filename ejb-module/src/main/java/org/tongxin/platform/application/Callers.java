package org.tongxin.platform.application;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.Problem;
import org.tongxin.platform.domain.VisibleOrganisations;

/** Finds the account behind the caller's principal; an anonymous or unknown caller is refused. */
@ApplicationScoped
public class Callers {

    @Inject
    AccountRepository accounts;

    public Account account(Principal principal) {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            throw Problem.forbidden();
        }
        return accounts.byUsername(name).filter(Account::isEnabled).orElseThrow(Problem::forbidden);
    }

    public VisibleOrganisations visible(Principal principal) {
        return VisibleOrganisations.of(account(principal));
    }
}
