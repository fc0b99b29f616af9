package org.tongxin.platform.domain;

import java.util.List;
import java.util.Optional;

/** Accounts, found by id or login name, and listed within a set of visible organisations. */
public interface AccountRepository {

    Optional<Account> byUsername(String username);

    /** The account row locked for update, for the lockout counter that several nodes may touch at once. */
    Optional<Account> byUsernameForUpdate(String username);

    Optional<Account> byId(long id);

    /** The account a directory or a provider knows by {@code subject}, locked for the login that refreshes it. */
    Optional<Account> byExternalSubjectForUpdate(AccountSource source, String subject);

    /** The subjects of the enabled accounts this source vouches for. */
    java.util.List<String> enabledExternalSubjects(AccountSource source);

    /** The enabled logins acting for a department (a handling unit's people, issue 18), by id. */
    List<Long> enabledActingFor(long departmentId);

    void add(Account account);

    long count();

    /** Accounts of organisations matching {@code pathPattern} (see VisibleOrganisations), filtered by a text in name or login. */
    List<Account> search(String pathPattern, String text, int offset, int limit);

    long countSearch(String pathPattern, String text);

    /** The enabled accounts of one organisation holding a business role, by login (issue 18: supervising leaders). */
    List<Account> enabledWithRole(long organisationId, org.tongxin.platform.kernel.Role role);
}
