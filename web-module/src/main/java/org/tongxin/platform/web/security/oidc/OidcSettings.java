package org.tongxin.platform.web.security.oidc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.Role;

/**
 * The deployment's OpenID Connect settings ({@code TONGXIN_OIDC_*}). No issuer: the feature is off and
 * nothing of it is reachable. An issuer and a client id: the login page offers 统一身份认证. An issuer and
 * an audience: the API accepts the provider's bearer JWTs.
 *
 * @param issuer the provider's issuer URL (discovery at {@code <issuer>/.well-known/openid-configuration})
 * @param clientId Tongxin's client at the provider (confidential, authorisation code flow with PKCE)
 * @param clientSecret the client's secret (client_secret_basic)
 * @param scopes the scopes asked for (openid always)
 * @param audience the audience a bearer JWT of another system must carry, or null (no bearer JWTs)
 * @param usernameClaim the claim that names the account at its first login
 * @param nameClaim the claim with the person's display name
 * @param rolesClaim the claim (a dotted path, e.g. {@code realm_access.roles}) listing groups or roles
 * @param organisationClaim the claim with the organisation code
 * @param memberClaim the claim with the roster key of the member, or null
 * @param defaultOrganisation the organisation code when the claim is missing, or null
 * @param roleMapping provider value (group or role) to Tongxin roles; unmapped values give no role
 * @param publicUrl the base URL the provider redirects back to, or null (taken from the request)
 */
public record OidcSettings(
        String issuer,
        String clientId,
        String clientSecret,
        List<String> scopes,
        String audience,
        String usernameClaim,
        String nameClaim,
        String rolesClaim,
        String organisationClaim,
        String memberClaim,
        String defaultOrganisation,
        Map<String, Set<Role>> roleMapping,
        String publicUrl) {

    static final String ISSUER = "tongxin.oidc.issuer";
    static final String CLIENT_ID = "tongxin.oidc.client-id";
    static final String CLIENT_SECRET = "tongxin.oidc.client-secret";
    static final String SCOPES = "tongxin.oidc.scopes";
    static final String AUDIENCE = "tongxin.oidc.audience";
    static final String USERNAME_CLAIM = "tongxin.oidc.username-claim";
    static final String NAME_CLAIM = "tongxin.oidc.name-claim";
    static final String ROLES_CLAIM = "tongxin.oidc.roles-claim";
    static final String ORGANISATION_CLAIM = "tongxin.oidc.organisation-claim";
    static final String MEMBER_CLAIM = "tongxin.oidc.member-claim";
    static final String DEFAULT_ORGANISATION = "tongxin.oidc.default-organisation";
    static final String ROLE_MAPPING = "tongxin.oidc.role-mapping";
    static final String PUBLIC_URL = "tongxin.public-url";

    public OidcSettings {
        scopes = List.copyOf(scopes);
        roleMapping = Map.copyOf(roleMapping);
    }

    /** The settings from the environment, or empty when no issuer is set (the feature is off). */
    public static Optional<OidcSettings> fromEnvironment() {
        return from(name -> PlatformSettings.get(name));
    }

    static Optional<OidcSettings> from(Function<String, Optional<String>> get) {
        Optional<String> issuer = get.apply(ISSUER);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String iss = issuer.get();
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        scopes.addAll(
                Arrays.stream(get.apply(SCOPES).orElse("openid profile email").split("[\\s,]+"))
                        .filter(s -> !s.isBlank())
                        .toList());
        return Optional.of(new OidcSettings(
                iss.endsWith("/") ? iss.substring(0, iss.length() - 1) : iss,
                get.apply(CLIENT_ID).orElse(null),
                get.apply(CLIENT_SECRET).orElse(null),
                List.copyOf(scopes),
                get.apply(AUDIENCE).orElse(null),
                get.apply(USERNAME_CLAIM).orElse("preferred_username"),
                get.apply(NAME_CLAIM).orElse("name"),
                get.apply(ROLES_CLAIM).orElse("groups"),
                get.apply(ORGANISATION_CLAIM).orElse("organisation"),
                get.apply(MEMBER_CLAIM).orElse(null),
                get.apply(DEFAULT_ORGANISATION).orElse(null),
                roleMapping(get.apply(ROLE_MAPPING).orElse("")),
                get.apply(PUBLIC_URL).orElse(null)));
    }

    /**
     * Parses {@code value=role[|role],value=role}: a provider group or role to Tongxin role codes.
     * Unknown role codes are refused at start, so that a typo never silently grants nothing.
     */
    static Map<String, Set<Role>> roleMapping(String text) {
        Map<String, Set<Role>> mapping = new LinkedHashMap<>();
        for (String entry : text.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("TONGXIN_OIDC_ROLE_MAPPING: not value=role: " + entry.strip());
            }
            String key = entry.substring(0, eq).strip();
            Set<Role> roles = new LinkedHashSet<>(mapping.getOrDefault(key, Set.of()));
            for (String code : entry.substring(eq + 1).split("\\|")) {
                roles.add(Role.ofCode(code.strip())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "TONGXIN_OIDC_ROLE_MAPPING: unknown role " + code.strip())));
            }
            mapping.put(key, Set.copyOf(roles));
        }
        return mapping;
    }

    /** Whether people can sign in through the provider (the login page shows 统一身份认证). */
    public boolean loginEnabled() {
        return clientId != null;
    }

    /** Whether the API accepts the provider's bearer JWTs. */
    public boolean bearerEnabled() {
        return audience != null;
    }
}
