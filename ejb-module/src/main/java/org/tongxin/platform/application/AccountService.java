package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.Set;
import org.tongxin.platform.kernel.Page;

/** The signed-in person's own account, and accounts as the administrators manage them. */
@Local
public interface AccountService {

    CallerDetails me();

    void changeOwnPassword(String currentPassword, String newPassword);

    Page<AccountDetails> search(String text, Page.Request request);

    AccountDetails get(long id);

    AccountDetails create(NewAccount account);

    void disable(long id);

    void enable(long id);

    /**
     * The system administrator resets a password. An ordinary account gets a generated one-time
     * password at once (returned, to be shown once; the person must change it at next login). An
     * account holding an administrator role gets a request that another administrator must approve
     * ({@link #approvePasswordReset}); nothing changes until then.
     */
    PasswordReset resetPassword(long id);

    /**
     * Approves the pending reset of an administrator's password (security-admin; audit-admin when the
     * account is a security administrator's): sets a one-time password made of two halves and returns
     * the approver's half; the requester is shown theirs once through {@link #passwordReset}.
     */
    PasswordHalf approvePasswordReset(long id);

    /**
     * The account's latest dual-controlled reset; to its requester, once after approval, with the
     * requester's half. Not found when there is none.
     */
    PasswordHalf passwordReset(long id);

    /**
     * The stamp of the caller's credentials now: a page session that changed its own password keeps
     * going under the new stamp, every other session of the account ends.
     */
    long myCredentialsStamp();

    void unlock(long id);

    void assignRoles(long id, Set<String> roleCodes);

    /**
     * The government department a handling unit's login acts for (security administrators; issue 18): one of the
     * account's organisation's, not retired ({@code 422} on {@code departmentId}), and only for an account holding
     * the {@code handling-unit} role ({@code 422 not-handling-unit}); {@code null} unlinks.
     */
    void linkDepartment(long id, Long departmentId);

    /** The departments a handling unit's login may be linked to: its organisation's, not retired, by name. */
    java.util.List<DepartmentSummary> departmentChoices(long id);
}
