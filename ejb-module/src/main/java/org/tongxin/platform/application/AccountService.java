package org.tongxin.platform.application;

import java.util.Set;

import jakarta.ejb.Local;

import org.tongxin.platform.domain.Page;

/** The signed-in person's own account, and accounts as the administrators manage them. */
@Local
public interface AccountService {

    CallerView me();

    void changeOwnPassword(String currentPassword, String newPassword);

    Page<AccountView> search(String text, Page.Request request);

    AccountView get(long id);

    AccountView create(NewAccount account);

    void disable(long id);

    void enable(long id);

    /** Sets a generated password that the person must change at next login; returns it, to be shown once. */
    String resetPassword(long id);

    void unlock(long id);

    void assignRoles(long id, Set<String> roleCodes);
}
