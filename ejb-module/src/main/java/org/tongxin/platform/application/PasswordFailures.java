package org.tongxin.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountRepository;

/**
 * A wrong current password given to change one's password counts toward the lockout like a wrong
 * login: in a transaction of its own (the refusal rolls the caller's back), under the row lock.
 */
@Stateless
@PermitAll
public class PasswordFailures {

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @EJB
    SecurityPolicyService policies;

    @EJB
    AuditService audit;

    /** @return true when the account is locked now */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean wrongCurrentPassword(String username) {
        Instant now = clock.instant();
        Account account = accounts.byUsernameForUpdate(username).orElse(null);
        if (account == null) {
            return false;
        }
        // the remembered Basic credential stays: it was right; this counts the wrong *current* password
        account.recordFailedLogin(now, policies.current());
        boolean locked = account.isLocked(now);
        audit.recordSecurityEvent(
                locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILURE",
                username,
                "{\"reason\":\"wrong-current-password\",\"failures\":" + account.failedLogins() + "}");
        return locked;
    }
}
