package org.tongxin.platform.application;

import java.util.Optional;

/**
 * A directory (LDAP) that vouches for people by their password: off unless the deployment configures
 * one ({@code TONGXIN_LDAP_URL}).
 */
public interface DirectoryLogin {

    /** The answer of the directory to a login name and password. */
    record Answer(Outcome outcome, ExternalIdentity identity) implements java.io.Serializable {

        public enum Outcome {
            /** The directory accepted the password; {@code identity} is the person, mapped. */
            VERIFIED,
            /** The person is in the directory, the password is wrong. */
            WRONG_PASSWORD,
            /** No such person in the directory (binding with a DN pattern cannot tell: a wrong password then). */
            UNKNOWN,
            /** The directory could not be reached or answered an error. */
            UNAVAILABLE
        }

        public static Answer of(Outcome outcome) {
            return new Answer(outcome, null);
        }

        public Answer withIdentity(ExternalIdentity person) {
            return new Answer(outcome, person);
        }
    }

    boolean enabled();

    /** Binds to the directory as the person; never with an empty password (an anonymous bind). */
    Answer verify(String username, String password);

    /**
     * Whether the directory still holds the person with this subject (their DN): empty when it cannot
     * tell (unreachable, or no service account to read with).
     */
    Optional<Boolean> stillPresent(String subject);

    /** Seconds between the checks that disable the accounts of people gone from the directory. */
    int sweepSeconds();
}
