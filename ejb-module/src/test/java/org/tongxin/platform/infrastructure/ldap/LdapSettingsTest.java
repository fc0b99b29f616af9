package org.tongxin.platform.infrastructure.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Role;

class LdapSettingsTest {

    private static Optional<LdapSettings> settings(Map<String, String> variables, Properties file) {
        return LdapSettings.from(n -> Optional.ofNullable(variables.get(n)), file);
    }

    @Test
    void withoutAUrlTheDirectoryLoginIsOff() {
        Properties file = new Properties();
        file.setProperty("user-base", "ou=people,dc=x");
        file.setProperty("role.member", "members");
        assertTrue(settings(Map.of(), file).isEmpty());
    }

    @Test
    void aUrlWithoutAWayToFindPeopleIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("url", "ldap://x"), new Properties()));
    }

    @Test
    void administratorAndServiceRolesInTheMappingAreIgnored() {
        Properties file = new Properties();
        file.setProperty("role.member", "cn=Members, ou=Groups,dc=x;other");
        file.setProperty("role.sys-admin", "admins");
        file.setProperty("role.security-admin", "admins");
        file.setProperty("role.audit-admin", "admins");
        file.setProperty("role.service", "admins");
        file.setProperty("role.no-such-role", "admins");
        LdapSettings s =
                settings(Map.of("url", "ldap://x", "user-base", "dc=x"), file).orElseThrow();
        assertEquals(Set.of(Role.MEMBER), s.roleGroups().keySet());
        assertEquals(
                Set.of("cn=members,ou=groups,dc=x", "other"), s.roleGroups().get(Role.MEMBER));
        assertEquals(
                List.of(
                        "role.audit-admin",
                        "role.no-such-role",
                        "role.security-admin",
                        "role.service",
                        "role.sys-admin"),
                s.ignored());
    }

    @Test
    void variablesWinOverTheFileAndDefaultsFollowOpenLdap() {
        Properties file = new Properties();
        file.setProperty("url", "ldap://from-file");
        file.setProperty("user-base", "dc=x");
        file.setProperty("user-filter", "(sAMAccountName={0})");
        file.setProperty("organisation.SX-DT", "Datong ; 大同");
        LdapSettings s = settings(Map.of("url", "ldaps://from-variable"), file).orElseThrow();
        assertEquals("ldaps://from-variable", s.url());
        assertEquals("(sAMAccountName={0})", s.userFilter());
        assertEquals("(member={dn})", s.groupFilter());
        assertEquals("memberOf", s.memberOfAttribute());
        assertTrue(s.searches());
        assertFalse(s.startTls());
        assertEquals(900, s.sweepSeconds());
        assertEquals(Map.of("datong", "SX-DT", "大同", "SX-DT"), s.organisationValues());
    }

    @Test
    void theServicePasswordIsNeverPrinted() {
        LdapSettings s = settings(
                        Map.of("url", "ldap://x", "user-base", "dc=x", "bind-password", "Very-Secret-1"),
                        new Properties())
                .orElseThrow();
        assertFalse(s.toString().contains("Very-Secret-1"));
    }
}
