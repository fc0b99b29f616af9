package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.security.Principal;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.VisibleOrganisations;

/**
 * Finds the account behind the caller's principal; an anonymous or unknown caller is refused. The
 * {@link Caller} is read from the database once per request ({@link CallerMemo}); {@link #account}
 * always reads the account itself.
 */
@ApplicationScoped
public class Callers {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CallerMemo memo;

    @Inject
    BeanManager beans;

    public Account account(Principal principal) {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            throw Problem.forbidden();
        }
        return accounts.byUsername(name).filter(Account::isEnabled).orElseThrow(Problem::forbidden);
    }

    public Caller caller(Principal principal) {
        boolean inRequest = inRequest();
        Caller known = inRequest && principal != null ? memo.get(principal.getName()) : null;
        if (known != null) {
            return known;
        }
        Account a = account(principal);
        Caller caller = new Caller(a.id(), a.username(), a.roles(), a.visible());
        if (inRequest) {
            memo.put(principal.getName(), caller);
        }
        return caller;
    }

    /** Forgets the callers of this request: an account was changed, the next call reads it again. */
    public void changed() {
        if (inRequest()) {
            memo.clear();
        }
    }

    /** A timer or a start-up task runs outside any request: nothing is remembered there. */
    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    /** True when the caller may see this organisation (their own, or one below where their roles allow). */
    public boolean organisationVisible(Caller caller, long organisationId) {
        return organisations
                .byId(organisationId)
                .filter(o -> caller.visible().includes(o.path()))
                .isPresent();
    }

    public VisibleOrganisations visible(Principal principal) {
        return caller(principal).visible();
    }
}
