package org.tongxin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.application.DirectoryLogin.Answer;
import org.tongxin.platform.application.DirectoryLogin.Answer.Outcome;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.infrastructure.ldap.LdapDirectory;
import org.tongxin.platform.infrastructure.ldap.LdapSettings;
import org.tongxin.platform.kernel.Role;
import org.tongxin.support.Slapd;

/**
 * The directory login against a real directory (Debian's slapd with config/ldap/test-directory.ldif,
 * {@link Slapd}), without a server: search-then-bind, bind with a DN pattern, groups by search and by
 * memberOf, organisations from OUs, the roster key, administrator groups ignored, StartTLS and ldaps
 * with a test CA, and a person removed from the directory.
 */
class LdapDirectoryIT {

    private static final String LIMING = "uid=liming,ou=datong,ou=people,dc=tongxin,dc=test";

    private static Slapd slapd;

    @BeforeAll
    static void startDirectory() throws Exception {
        slapd = Slapd.start("ldap-directory-it", false);
    }

    @AfterAll
    static void stopDirectory() {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapDirectory directory(Map<String, String> overrides) throws Exception {
        return directory(slapd, overrides);
    }

    private static LdapDirectory directory(Slapd slapd, Map<String, String> overrides) throws Exception {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("..", "config", "ldap", "test-mapping.properties"), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("url", slapd.url());
        settings.put("bind-dn", Slapd.READER_DN);
        settings.put("bind-password", Slapd.READER_PASSWORD);
        settings.put("group-base", "ou=groups," + Slapd.SUFFIX);
        settings.putAll(overrides);
        settings.values().removeIf(v -> v == null || v.isEmpty());
        return new LdapDirectory(LdapSettings.from(n -> Optional.ofNullable(settings.get(n)), file)
                .orElseThrow());
    }

    private static LdapDirectory directory() throws Exception {
        return directory(Map.of());
    }

    @Test
    void searchThenBindMapsGroupsOrganisationAndRosterKey() throws Exception {
        Answer answer = directory().verify("LiMing", "Liming-Directory-Pw-1");
        assertEquals(Outcome.VERIFIED, answer.outcome());
        ExternalIdentity person = answer.identity();
        assertEquals(AccountSource.LDAP, person.source());
        assertEquals(LIMING, person.subject());
        assertEquals("liming", person.username());
        assertEquals("李明（目录）", person.displayName());
        assertEquals(Set.of(Role.MEMBER), person.roles());
        assertEquals("SX-DT", person.organisationCode());
        assertEquals("DT-15-0050", person.memberKey());
    }

    @Test
    void aWrongOrEmptyPasswordIsRefusedAndNeverAnAnonymousBind() throws Exception {
        assertEquals(
                Outcome.WRONG_PASSWORD,
                directory().verify("liming", "Liming-Directory-Pw-2").outcome());
        assertEquals(Outcome.WRONG_PASSWORD, directory().verify("liming", "").outcome());
        assertEquals(Outcome.WRONG_PASSWORD, directory().verify("liming", null).outcome());
        assertEquals(Outcome.UNKNOWN, directory().verify("nobody", "whatever").outcome());
        assertEquals(
                Outcome.UNKNOWN,
                directory().verify("*", "Liming-Directory-Pw-1").outcome(),
                "a filter stays a name");
    }

    @Test
    void aGroupTheMappingDoesNotNameGivesNoRole() throws Exception {
        Answer answer = directory().verify("wangfang", "Wangfang-Directory-Pw-1");
        assertEquals(Outcome.VERIFIED, answer.outcome());
        assertEquals(Set.of(), answer.identity().roles());
        assertEquals("SX-DT", answer.identity().organisationCode());
        assertNull(answer.identity().memberKey());
    }

    @Test
    void aGroupMappedToAnAdministratorRoleIsIgnored() throws Exception {
        LdapDirectory directory = directory();
        assertEquals(List.of("role.sys-admin"), directory.settings().ignored());
        Answer answer = directory.verify("zhaolei", "Zhaolei-Directory-Pw-1");
        assertEquals(Outcome.VERIFIED, answer.outcome());
        assertEquals(Set.of(Role.INFO_EDITOR), answer.identity().roles());
    }

    @Test
    void theOrganisationComesFromTheOu() throws Exception {
        Answer answer = directory().verify("sunqiang", "Sunqiang-Directory-Pw-1");
        assertEquals("SX-CZ", answer.identity().organisationCode());
        assertEquals(Set.of(Role.OFFICE_STAFF), answer.identity().roles());
    }

    @Test
    void groupsReadFromMemberOfAsWell() throws Exception {
        Map<String, String> memberOf = new HashMap<>();
        memberOf.put("group-base", "");
        Answer answer = directory(memberOf).verify("liming", "Liming-Directory-Pw-1");
        assertEquals(Set.of(Role.MEMBER), answer.identity().roles());
    }

    @Test
    void bindAsTheUserWithADnPatternWithoutAServiceAccount() throws Exception {
        Map<String, String> pattern = new HashMap<>();
        pattern.put("user-dn-pattern", "uid={0},ou=datong,ou=people," + Slapd.SUFFIX);
        pattern.put("bind-dn", "");
        pattern.put("bind-password", "");
        LdapDirectory directory = directory(pattern);
        Answer answer = directory.verify("liming", "Liming-Directory-Pw-1");
        assertEquals(Outcome.VERIFIED, answer.outcome());
        assertEquals(Set.of(Role.MEMBER), answer.identity().roles());
        assertEquals("DT-15-0050", answer.identity().memberKey());
        assertEquals(Outcome.WRONG_PASSWORD, directory.verify("liming", "nope").outcome());
        assertEquals(Optional.empty(), directory.stillPresent(LIMING), "no service account: cannot tell");
    }

    @Test
    void startTlsAndLdapsWithTheDeploymentsTrustStore() throws Exception {
        try (Slapd tls = Slapd.start("ldap-directory-tls-it", true)) {
            Map<String, String> plain = new HashMap<>();
            plain.put("url", tls.url());
            assertEquals(
                    Outcome.UNAVAILABLE,
                    directory(tls, plain)
                            .verify("liming", "Liming-Directory-Pw-1")
                            .outcome(),
                    "this directory takes no password without TLS");

            Map<String, String> startTls = new HashMap<>();
            startTls.put("url", tls.url().replace("127.0.0.1", "localhost"));
            startTls.put("starttls", "true");
            startTls.put("truststore", tls.trustStore().toString());
            startTls.put("truststore-password", Slapd.TRUST_PASSWORD);
            Answer overStartTls = directory(tls, startTls).verify("liming", "Liming-Directory-Pw-1");
            assertEquals(Outcome.VERIFIED, overStartTls.outcome());
            assertEquals(Set.of(Role.MEMBER), overStartTls.identity().roles());
            assertEquals(
                    Outcome.WRONG_PASSWORD,
                    directory(tls, startTls).verify("liming", "nope").outcome());

            Map<String, String> ldaps = new HashMap<>(startTls);
            ldaps.put("url", tls.ldapsUrl());
            ldaps.put("starttls", "false");
            assertEquals(
                    Outcome.VERIFIED,
                    directory(tls, ldaps)
                            .verify("liming", "Liming-Directory-Pw-1")
                            .outcome());

            Map<String, String> untrusted = new HashMap<>(startTls);
            untrusted.put("truststore", "");
            untrusted.put("truststore-password", "");
            assertEquals(
                    Outcome.UNAVAILABLE,
                    directory(tls, untrusted)
                            .verify("liming", "Liming-Directory-Pw-1")
                            .outcome(),
                    "a certificate the JDK's own trust store does not know is refused");
        }
    }

    @Test
    void aPersonRemovedFromTheDirectoryIsUnknown() throws Exception {
        String dn = "uid=leaving,ou=datong,ou=people," + Slapd.SUFFIX;
        LdapDirectory directory = directory();
        assertEquals(
                Outcome.VERIFIED,
                directory.verify("leaving", "Leaving-Directory-Pw-1").outcome());
        assertEquals(Optional.of(true), directory.stillPresent(dn));
        slapd.delete(dn);
        assertEquals(
                Outcome.UNKNOWN,
                directory.verify("leaving", "Leaving-Directory-Pw-1").outcome());
        assertEquals(Optional.of(false), directory.stillPresent(dn));
        assertTrue(directory.stillPresent(LIMING).orElse(false));
    }
}
