/** OpenID Connect: sign-in by the provider (authorisation code flow with PKCE) and bearer JWTs for the API. */
package org.tongxin.platform.web.security.oidc;
