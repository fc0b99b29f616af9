package org.tongxin.platform.application;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.domain.Problem;
import org.tongxin.platform.domain.VisibleOrganisations;

/** Finds the account behind the caller's principal; an anonymous or unknown caller is refused. */
@ApplicationScoped
public class Callers {

    @Inject
    AccountRepository accounts;
    @Inject
    OrganisationRepository organisations;

    public Account account(Principal principal) {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            throw Problem.forbidden();
        }
        return accounts.byUsername(name).filter(Account::isEnabled).orElseThrow(Problem::forbidden);
    }

    public Caller caller(Principal principal) {
        Account a = account(principal);
        return new Caller(a.id(), a.username(), a.roles(), VisibleOrganisations.of(a));
    }

    /** True when the caller may see this organisation (their own, or one below where their roles allow). */
    public boolean organisationVisible(Caller caller, long organisationId) {
        return organisations.byId(organisationId).filter(caller.visible()::includes).isPresent();
    }

    public VisibleOrganisations visible(Principal principal) {
        return VisibleOrganisations.of(account(principal));
    }
}
