package org.tongxin.platform.infrastructure.ldap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.kernel.Role;

/**
 * How to reach the directory and how to read its people. Each setting {@code NAME} is read from the
 * system property {@code tongxin.ldap.NAME} or the variable {@code TONGXIN_LDAP_NAME}, else from the
 * mapping file ({@code TONGXIN_LDAP_MAPPING}, a properties file) under the key {@code NAME}. The
 * mapping file also holds {@code role.<role code>=<group>;<group>} (a group by its DN or its cn) and
 * {@code organisation.<organisation code>=<value>;<value>} (values of the organisation attribute or
 * OUs of the person's DN). Administrator roles in the mapping are ignored: only the security
 * administrator grants them.
 *
 * @param url one or more {@code ldap://} or {@code ldaps://} addresses, separated by spaces
 * @param startTls StartTLS on an {@code ldap://} connection before any bind
 * @param trustStore the PKCS12 (or JKS) store of the certificates to trust, else the JDK's
 * @param userDnPattern binds as the user with this DN ({@code {0}} the login name), no search
 * @param bindDn the service account that searches (search-then-bind), with {@code bindPassword}
 * @param userFilter the search for a login name, {@code {0}} the name: {@code (uid={0})} or
 *     {@code (sAMAccountName={0})}
 * @param groupBase where groups are searched with {@code groupFilter}; without it the
 *     {@code memberOfAttribute} of the person lists their groups
 */
public record LdapSettings(
        String url,
        boolean startTls,
        Path trustStore,
        String trustStorePassword,
        int connectTimeoutMillis,
        int readTimeoutMillis,
        String userDnPattern,
        String bindDn,
        String bindPassword,
        String userBase,
        String userFilter,
        String groupBase,
        String groupFilter,
        String memberOfAttribute,
        String nameAttribute,
        String organisationAttribute,
        String defaultOrganisation,
        String memberAttribute,
        Map<Role, Set<String>> roleGroups,
        Map<String, String> organisationValues,
        int sweepSeconds,
        List<String> ignored) {

    public static final String PREFIX = "tongxin.ldap.";

    /** The deployment's settings, or empty when no directory is configured (the feature is off). */
    public static Optional<LdapSettings> fromEnvironment() {
        Properties file = new Properties();
        PlatformSettings.get(PREFIX + "mapping").ifPresent(p -> load(Path.of(p), file));
        return from(name -> PlatformSettings.get(PREFIX + name), file);
    }

    /** Settings from a lookup of names (without the prefix) and the mapping file's properties. */
    public static Optional<LdapSettings> from(Function<String, Optional<String>> lookup, Properties file) {
        Function<String, Optional<String>> get = name -> lookup.apply(name)
                .or(() -> Optional.ofNullable(file.getProperty(name))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty()));
        Optional<String> url = get.apply("url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String userDnPattern = get.apply("user-dn-pattern").orElse(null);
        String userBase = get.apply("user-base").orElse(null);
        if (userDnPattern == null && userBase == null) {
            throw new IllegalArgumentException(
                    "TONGXIN_LDAP_URL is set but neither TONGXIN_LDAP_USER_DN_PATTERN nor TONGXIN_LDAP_USER_BASE");
        }
        List<String> ignored = new ArrayList<>();
        Map<Role, Set<String>> roles = new EnumMap<>(Role.class);
        Map<String, String> organisations = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(file.stringPropertyNames())) {
            String value = file.getProperty(key).strip();
            if (key.startsWith("role.")) {
                String code = key.substring(5).strip();
                Optional<Role> role = Role.ofCode(code);
                if (role.isEmpty() || role.get().isAdministrator() || role.get().isSystem()) {
                    ignored.add(key); // administrators are made by the security administrator only
                    continue;
                }
                roles.computeIfAbsent(role.get(), r -> new LinkedHashSet<>()).addAll(names(value));
            } else if (key.startsWith("organisation.")) {
                String code = key.substring("organisation.".length()).strip();
                names(value).forEach(v -> organisations.put(v, code));
            }
        }
        return Optional.of(new LdapSettings(
                url.get(),
                get.apply("starttls").map(Boolean::parseBoolean).orElse(false),
                get.apply("truststore").map(Path::of).orElse(null),
                get.apply("truststore-password").orElse(null),
                get.apply("connect-timeout-ms").map(Integer::parseInt).orElse(5000),
                get.apply("read-timeout-ms").map(Integer::parseInt).orElse(10000),
                userDnPattern,
                get.apply("bind-dn").orElse(null),
                get.apply("bind-password").orElse(null),
                userBase,
                get.apply("user-filter").orElse("(uid={0})"),
                get.apply("group-base").orElse(null),
                get.apply("group-filter").orElse("(member={dn})"),
                get.apply("member-of-attribute").orElse("memberOf"),
                get.apply("name-attribute").orElse("cn"),
                get.apply("organisation-attribute").orElse(null),
                get.apply("default-organisation").orElse(null),
                get.apply("member-attribute").orElse(null),
                Collections.unmodifiableMap(roles),
                Collections.unmodifiableMap(organisations),
                get.apply("sweep-seconds").map(Integer::parseInt).orElse(900),
                List.copyOf(ignored)));
    }

    /** Search-then-bind with a service account, rather than binding with a DN pattern. */
    public boolean searches() {
        return userDnPattern == null;
    }

    /** A directory name as the mapping compares it: case and spaces around commas ignored. */
    static String canonical(String name) {
        return name.strip().replaceAll("\\s*,\\s*", ",").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                out.add(canonical(part));
            }
        }
        return out;
    }

    private static void load(Path path, Properties into) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            into.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("TONGXIN_LDAP_MAPPING cannot be read: " + path, e);
        }
    }

    @Override
    public String toString() { // never the service password
        return "LdapSettings[url=" + url + ", startTls=" + startTls + ", userDnPattern=" + userDnPattern
                + ", bindDn=" + bindDn + ", userBase=" + userBase + ", userFilter=" + userFilter
                + ", groupBase=" + groupBase + ", roles=" + roleGroups + ", ignored=" + ignored + "]";
    }
}
