package org.tongxin.platform.domain;

/** Who vouches for a person at login. */
public enum AccountSource {
    /** A password kept (hashed) by Tongxin. */
    LOCAL,
    /** A directory (LDAP): the password is checked by binding to it. */
    LDAP,
    /** An OpenID Connect provider (the intranet's single sign-on). */
    OIDC
}
