package org.tongxin.platform.web.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * With sign-in through the provider on, the pages' Content-Security-Policy lets a form's answer lead to
 * the provider: the logout button's POST ends at the provider's logout (browsers check
 * {@code form-action} along a form's redirects). Only the provider's origin is added, nothing else
 * changes; with the feature off the policy is the one of web.xml untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OidcPolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";

    @Inject
    transient OidcProvider provider;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!provider.loginEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        String origin = provider.origin().orElseThrow();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CSP.equalsIgnoreCase(name) ? widen(value, origin) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, CSP.equalsIgnoreCase(name) ? widen(value, origin) : value);
            }
        });
    }

    static String widen(String policy, String origin) {
        return policy == null ? null : policy.replace("form-action 'self'", "form-action 'self' " + origin);
    }
}
