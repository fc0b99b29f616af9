package org.tongxin.platform.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a system administrator fills in to open an account; the person changes the password at first login. */
public record NewAccount(
        @NotBlank(message = "{account.username.required}") @Size(max = 64, message = "{account.username.size}")
        String username,

        @NotBlank(message = "{account.displayName.required}") @Size(max = 100, message = "{account.displayName.size}")
        String displayName,

        @NotNull(message = "{account.organisation.required}")
        Long organisationId,

        @NotBlank(message = "{account.password.required}") String initialPassword)
        implements java.io.Serializable {}
