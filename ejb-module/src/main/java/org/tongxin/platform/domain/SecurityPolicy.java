package org.tongxin.platform.domain;

import java.time.Duration;
import java.time.Instant;
import org.tongxin.platform.kernel.Problem;

/**
 * The configurable security policy: password rules and the login lockout. Defaults follow the
 * issue: minimum length 12, composition and expiry off, 5 failures lock the account for 15 minutes.
 */
public record SecurityPolicy(
        int minLength, boolean requireComposition, int expiryDays, int maxFailures, int lockoutMinutes) {

    public static final SecurityPolicy DEFAULT = new SecurityPolicy(12, false, 0, 5, 15);

    public SecurityPolicy {
        if (minLength < 8 || minLength > 128) {
            throw Problem.field("minLength", "invalid-policy", "problem.policy.min-length", 8, 128);
        }
        if (expiryDays < 0 || expiryDays > 3650) {
            throw Problem.field("expiryDays", "invalid-policy", "problem.policy.expiry-days");
        }
        if (maxFailures < 1 || maxFailures > 100) {
            throw Problem.field("maxFailures", "invalid-policy", "problem.policy.max-failures");
        }
        if (lockoutMinutes < 1 || lockoutMinutes > 24 * 60) {
            throw Problem.field("lockoutMinutes", "invalid-policy", "problem.policy.lockout-minutes");
        }
    }

    /** Refuses a new password that breaks the policy; the message says which rule. */
    public void check(String username, String password) {
        check(username, null, password);
    }

    /**
     * Refuses a new password that breaks the policy, the message saying which rule: too short or
     * long, a common password ({@link CommonPasswords}), the login name or the person's name (as
     * written or in pinyin, {@link NamePinyin}) in it, and the composition where the policy asks for it.
     */
    public void check(String username, String displayName, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw Problem.field("newPassword", "weak-password", "problem.password.too-short", minLength);
        }
        if (password.length() > 200) {
            throw Problem.field("newPassword", "weak-password", "problem.password.too-long");
        }
        if (username != null
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw Problem.field("newPassword", "weak-password", "problem.password.contains-username");
        }
        if (CommonPasswords.isCommon(password)) {
            throw Problem.field("newPassword", "weak-password", "problem.password.common");
        }
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        for (String form : NamePinyin.forms(displayName)) {
            if (lower.contains(form)) {
                throw Problem.field("newPassword", "weak-password", "problem.password.contains-name");
            }
        }
        if (requireComposition) {
            int classes = 0;
            classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
            classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
            classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
            classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
            if (classes < 3) {
                throw Problem.field("newPassword", "weak-password", "problem.password.composition");
            }
        }
    }

    /** True when a password set at {@code changedAt} has expired at {@code now}; never with expiry off. */
    public boolean isExpired(Instant changedAt, Instant now) {
        return expiryDays > 0 && changedAt.plus(Duration.ofDays(expiryDays)).isBefore(now);
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
