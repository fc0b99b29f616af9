package org.tongxin.platform.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.kernel.Role;

class OidcClaimsTest {

    private static OidcSettings settings(Map<String, String> values) {
        return OidcSettings.from(name -> Optional.ofNullable(values.get(name))).orElseThrow();
    }

    private static final OidcSettings SETTINGS = settings(Map.of(
            "tongxin.oidc.issuer", "https://sso.example/realms/tongxin/",
            "tongxin.oidc.client-id", "tongxin",
            "tongxin.oidc.member-claim", "employee_number",
            "tongxin.oidc.role-mapping", "tongxin-staff=office-staff|info-editor,/leaders=leader,it=sys-admin"));

    @Test
    void claimsBecomeTheMappedPerson() {
        ExternalIdentity identity = OidcClaims.identity(
                SETTINGS,
                new JWTClaimsSet.Builder()
                        .subject("s-1")
                        .claim("preferred_username", "wang.fang")
                        .claim("name", "王芳")
                        .claim("groups", List.of("/tongxin-staff", "/leaders", "/canteen"))
                        .claim("organisation", "HQ")
                        .claim("employee_number", "M-007")
                        .build());
        assertEquals(AccountSource.OIDC, identity.source());
        assertEquals("s-1", identity.subject());
        assertEquals("wang.fang", identity.username());
        assertEquals("王芳", identity.displayName());
        assertEquals(Set.of(Role.OFFICE_STAFF, Role.INFO_EDITOR, Role.LEADER), identity.roles());
        assertEquals("HQ", identity.organisationCode());
        assertEquals("M-007", identity.memberKey());
    }

    @Test
    void aGroupTheMappingDoesNotNameGivesNoRole() {
        ExternalIdentity identity = OidcClaims.identity(
                SETTINGS,
                new JWTClaimsSet.Builder()
                        .subject("s-2")
                        .claim("groups", List.of("/canteen"))
                        .build());
        assertTrue(identity.roles().isEmpty());
    }

    @Test
    void anAdministratorRoleNeverComesFromTheProvider() {
        ExternalIdentity identity = OidcClaims.identity(
                SETTINGS,
                new JWTClaimsSet.Builder()
                        .subject("s-3")
                        .claim("groups", List.of("it"))
                        .build());
        assertTrue(identity.roles().isEmpty());
    }

    @Test
    void aDottedClaimPathAndTheDefaultOrganisation() {
        OidcSettings settings = settings(Map.of(
                "tongxin.oidc.issuer", "https://sso.example",
                "tongxin.oidc.roles-claim", "realm_access.roles",
                "tongxin.oidc.default-organisation", "HQ",
                "tongxin.oidc.role-mapping", "reader=member"));
        ExternalIdentity identity = OidcClaims.identity(
                settings,
                new JWTClaimsSet.Builder()
                        .subject("s-4")
                        .claim("azp", "other-system")
                        .claim("realm_access", Map.of("roles", List.of("reader", "offline_access")))
                        .build());
        assertEquals(Set.of(Role.MEMBER), identity.roles());
        assertEquals("HQ", identity.organisationCode());
        assertEquals("other-system", identity.username());
        assertEquals("https://sso.example", settings.issuer());
    }

    @Test
    void settingsAreOffWithoutAnIssuerAndATypoInTheMappingIsRefused() {
        assertTrue(OidcSettings.from(name -> Optional.empty()).isEmpty());
        assertThrows(
                IllegalArgumentException.class,
                () -> settings(Map.of("tongxin.oidc.issuer", "https://x", "tongxin.oidc.role-mapping", "a=leaderr")));
        assertEquals("https://sso.example/realms/tongxin", SETTINGS.issuer());
        assertTrue(SETTINGS.loginEnabled());
        assertTrue(!SETTINGS.bearerEnabled());
        assertEquals("openid", SETTINGS.scopes().get(0));
    }

    @Test
    void thePolicyLetsFormsLeadToTheProviderOnly() {
        assertEquals(
                "default-src 'self'; form-action 'self' https://sso.example; frame-ancestors 'none'",
                OidcPolicyFilter.widen(
                        "default-src 'self'; form-action 'self'; frame-ancestors 'none'", "https://sso.example"));
    }

    @Test
    void pkceChallengeIsTheS256OfTheVerifier() {
        // RFC 7636 appendix B
        assertEquals(
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                OidcLogin.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }
}
