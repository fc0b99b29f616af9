package org.tongxin.platform.web.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.kernel.Role;

/** A verified token's claims to the person Tongxin signs in, through the deployment's mapping. */
public final class OidcClaims {

    private OidcClaims() {}

    public static ExternalIdentity identity(OidcSettings settings, JWTClaimsSet claims) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the token names no subject");
        }
        String username = first(value(claims, settings.usernameClaim()));
        if (username == null) {
            username = first(value(claims, "azp"));
        }
        if (username == null) {
            username = subject;
        }
        String organisation = first(value(claims, settings.organisationClaim()));
        if (organisation == null) {
            organisation = settings.defaultOrganisation();
        }
        return new ExternalIdentity(
                AccountSource.OIDC,
                subject,
                username,
                first(value(claims, settings.nameClaim())),
                roles(settings, strings(value(claims, settings.rolesClaim()))),
                organisation,
                settings.memberClaim() == null ? null : first(value(claims, settings.memberClaim())));
    }

    /** The mapped business roles; a value the mapping does not name gives none, an administrator role never. */
    static Set<Role> roles(OidcSettings settings, List<String> values) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String v : values) {
            // Keycloak's group mapper writes "/name" with full paths on: both spellings match
            Set<Role> mapped = settings.roleMapping().get(v);
            if (mapped == null && v.startsWith("/")) {
                mapped = settings.roleMapping().get(v.substring(1));
            }
            if (mapped != null) {
                mapped.stream().filter(r -> !r.isAdministrator()).forEach(roles::add);
            }
        }
        return roles;
    }

    /** The claim at a dotted path ({@code realm_access.roles}), or null. */
    static Object value(JWTClaimsSet claims, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Object current = claims.getClaims();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().filter(o -> o != null).map(Object::toString).toList();
        }
        return List.of(value.toString().split("[,\\s]+"));
    }

    private static String first(Object value) {
        List<String> all = strings(value);
        return all.isEmpty() || all.get(0).isBlank() ? null : all.get(0).strip();
    }
}
