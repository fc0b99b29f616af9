package org.tongxin.platform.application;

import jakarta.ejb.Local;
import org.tongxin.platform.domain.AccountSource;

/**
 * Turns a person a directory or a provider has just vouched for into a Tongxin account: the first
 * login creates it (marked with its source, without a local password), every later login refreshes
 * its name, organisation and business roles. The three administrator roles never come from the
 * source; only the security administrator grants them.
 */
@Local
public interface ExternalSignIn {

    /**
     * Signs the person in: {@link LoginResult.Outcome#SUCCESS} with the account's roles, or a refusal
     * (a disabled or locked account, an organisation the mapping names that does not exist or is
     * retired, a login name another account already holds), audited with its reason.
     */
    LoginResult signIn(ExternalIdentity identity);

    /**
     * The source no longer knows this person (removed from the directory, the provider says the
     * subject is gone): the account is disabled so that no session or token of it works any more.
     */
    void vanished(AccountSource source, String subject);
}
