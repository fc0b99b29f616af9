package org.tongxin.platform.application;

/**
 * The answer to a reset asked by the system administrator: for an ordinary account the one-time
 * password (to be shown once; it opens nothing but the password change); for an account holding an
 * administrator role the request waiting for another administrator's approval, and no password.
 */
public record PasswordReset(String temporaryPassword, PasswordResetSummary request) implements java.io.Serializable {

    public boolean awaitsApproval() {
        return request != null;
    }
}
