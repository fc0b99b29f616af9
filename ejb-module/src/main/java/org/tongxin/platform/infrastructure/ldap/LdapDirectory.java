package org.tongxin.platform.infrastructure.ldap;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.tongxin.platform.application.DirectoryLogin.Answer;
import org.tongxin.platform.application.DirectoryLogin.Answer.Outcome;
import org.tongxin.platform.application.ExternalIdentity;
import org.tongxin.platform.domain.Account;
import org.tongxin.platform.domain.AccountSource;
import org.tongxin.platform.kernel.Role;

/**
 * A directory reached with the JDK's JNDI LDAP provider: binds as the person (a DN pattern) or finds
 * them with a service account and then binds as them, reads their name, organisation, roster key
 * and groups, and maps them as the settings say. No connection is kept: each login opens and closes
 * its own, with the settings' timeouts.
 */
public final class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

    private final LdapSettings settings;
    private final SSLSocketFactory ssl;

    public LdapDirectory(LdapSettings settings) {
        this.settings = settings;
        this.ssl = sslFactory(settings);
    }

    public LdapSettings settings() {
        return settings;
    }

    public Answer verify(String username, String password) {
        String name = Account.normaliseUsername(username);
        if (name.isEmpty()) {
            return Answer.of(Outcome.UNKNOWN);
        }
        if (password == null || password.isEmpty()) {
            return Answer.of(Outcome.WRONG_PASSWORD); // an empty password would be an anonymous bind
        }
        try {
            if (settings.searches()) {
                return searchThenBind(name, password);
            }
            return bindAsUser(name, password);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "directory unavailable: " + e);
            return Answer.of(Outcome.UNAVAILABLE);
        }
    }

    /** Whether the entry with this DN is still there: empty when the directory cannot be read. */
    public Optional<Boolean> stillPresent(String dn) {
        if (!settings.searches() && settings.bindDn() == null) {
            return Optional.empty(); // nobody to read the directory with between logins
        }
        LdapContext ctx = null;
        try {
            ctx = open(settings.bindDn(), settings.bindPassword());
            ctx.getAttributes(new LdapName(dn), new String[] {"1.1"});
            return Optional.of(true);
        } catch (NameNotFoundException e) {
            return Optional.of(false);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "directory unavailable for the check of " + dn + ": " + e);
            return Optional.empty();
        } finally {
            close(ctx);
        }
    }

    private Answer searchThenBind(String name, String password) throws NamingException {
        LdapContext service = open(settings.bindDn(), settings.bindPassword());
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(attributesToRead());
            controls.setCountLimit(2);
            controls.setTimeLimit(settings.readTimeoutMillis());
            List<SearchResult> found = new ArrayList<>();
            NamingEnumeration<SearchResult> results =
                    service.search(settings.userBase(), settings.userFilter(), new Object[] {name}, controls);
            try {
                while (results.hasMore()) {
                    found.add(results.next());
                }
            } catch (javax.naming.SizeLimitExceededException e) {
                found.add(null);
            } finally {
                results.close();
            }
            if (found.size() != 1) {
                if (found.size() > 1) {
                    LOG.warning("the directory holds more than one entry for the login name " + name);
                }
                return Answer.of(Outcome.UNKNOWN);
            }
            SearchResult entry = found.get(0);
            String dn = entry.getNameInNamespace();
            LdapContext user;
            try {
                user = open(dn, password);
            } catch (AuthenticationException e) {
                return Answer.of(Outcome.WRONG_PASSWORD);
            }
            close(user);
            return Answer.of(Outcome.VERIFIED).withIdentity(identity(name, dn, entry.getAttributes(), service));
        } finally {
            close(service);
        }
    }

    private Answer bindAsUser(String name, String password) throws NamingException {
        String dn = settings.userDnPattern().replace("{0}", Rdn.escapeValue(name));
        LdapContext user;
        try {
            user = open(dn, password);
        } catch (AuthenticationException e) {
            return Answer.of(Outcome.WRONG_PASSWORD); // a wrong password and an unknown DN look the same
        }
        try {
            Attributes attributes = user.getAttributes(new LdapName(dn), attributesToRead());
            return Answer.of(Outcome.VERIFIED).withIdentity(identity(name, dn, attributes, user));
        } finally {
            close(user);
        }
    }

    private String[] attributesToRead() {
        Set<String> names = new LinkedHashSet<>();
        names.add(settings.nameAttribute());
        if (settings.organisationAttribute() != null) {
            names.add(settings.organisationAttribute());
        }
        if (settings.memberAttribute() != null) {
            names.add(settings.memberAttribute());
        }
        if (settings.groupBase() == null) {
            names.add(settings.memberOfAttribute());
        }
        return names.toArray(String[]::new);
    }

    private ExternalIdentity identity(String name, String dn, Attributes attributes, LdapContext reader)
            throws NamingException {
        Set<String> groups = new LinkedHashSet<>();
        if (settings.groupBase() == null) {
            groups.addAll(values(attributes, settings.memberOfAttribute()));
        } else {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {"1.1"});
            controls.setTimeLimit(settings.readTimeoutMillis());
            String filter = settings.groupFilter().replace("{dn}", "{1}");
            NamingEnumeration<SearchResult> results =
                    reader.search(settings.groupBase(), filter, new Object[] {name, dn}, controls);
            try {
                while (results.hasMore()) {
                    groups.add(results.next().getNameInNamespace());
                }
            } finally {
                results.close();
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Set<String> keys = groupKeys(group);
            settings.roleGroups().forEach((role, mapped) -> {
                if (mapped.stream().anyMatch(keys::contains)) {
                    roles.add(role);
                }
            });
        }
        String displayName = first(attributes, settings.nameAttribute()).orElse(name);
        String memberKey = settings.memberAttribute() == null
                ? null
                : first(attributes, settings.memberAttribute()).orElse(null);
        return new ExternalIdentity(
                AccountSource.LDAP,
                LdapSettings.canonical(dn),
                name,
                displayName,
                roles,
                organisation(dn, attributes),
                memberKey);
    }

    /** The organisation code: the attribute's value or an OU of the DN, through the mapping; else the default. */
    private String organisation(String dn, Attributes attributes) throws NamingException {
        if (settings.organisationAttribute() != null) {
            for (String value : values(attributes, settings.organisationAttribute())) {
                String mapped = settings.organisationValues().get(LdapSettings.canonical(value));
                return mapped != null ? mapped : value.strip();
            }
        }
        List<Rdn> rdns = new LdapName(dn).getRdns(); // the last is the innermost
        for (int i = rdns.size() - 1; i >= 0; i--) {
            Rdn rdn = rdns.get(i);
            if (rdn.getType().equalsIgnoreCase("ou")) {
                String mapped =
                        settings.organisationValues().get(LdapSettings.canonical(String.valueOf(rdn.getValue())));
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        return settings.defaultOrganisation();
    }

    /** A group as the mapping may name it: its whole DN, or the value of its first RDN (its cn). */
    private static Set<String> groupKeys(String group) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(LdapSettings.canonical(group));
        try {
            List<Rdn> rdns = new LdapName(group).getRdns();
            if (!rdns.isEmpty()) {
                keys.add(LdapSettings.canonical(
                        String.valueOf(rdns.get(rdns.size() - 1).getValue())));
            }
        } catch (NamingException e) {
            keys.add(LdapSettings.canonical(group));
        }
        return keys;
    }

    private static List<String> values(Attributes attributes, String name) throws NamingException {
        List<String> out = new ArrayList<>();
        Attribute attribute = attributes.get(name);
        if (attribute != null) {
            NamingEnumeration<?> all = attribute.getAll();
            while (all.hasMore()) {
                Object v = all.next();
                if (v != null && !String.valueOf(v).isBlank()) {
                    out.add(String.valueOf(v));
                }
            }
        }
        return out;
    }

    private static Optional<String> first(Attributes attributes, String name) throws NamingException {
        return values(attributes, name).stream().findFirst().map(String::strip);
    }

    /** A context bound as {@code principal} (anonymous when null), over StartTLS when configured. */
    LdapContext open(String principal, String credentials) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url());
        env.put(Context.REFERRAL, "ignore");
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.connectTimeoutMillis()));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.readTimeoutMillis()));
        env.put("com.sun.jndi.ldap.connect.pool", "false");
        if (settings.trustStore() != null
                && settings.url().toLowerCase(Locale.ROOT).contains("ldaps://")) {
            TrustedSockets.use(ssl);
            env.put("java.naming.ldap.factory.socket", TrustedSockets.class.getName());
        }
        boolean bind = principal != null;
        if (bind && (credentials == null || credentials.isEmpty())) {
            throw new AuthenticationException("no password");
        }
        if (!settings.startTls()) {
            if (bind) {
                env.put(Context.SECURITY_AUTHENTICATION, "simple");
                env.put(Context.SECURITY_PRINCIPAL, principal);
                env.put(Context.SECURITY_CREDENTIALS, credentials);
            } else {
                env.put(Context.SECURITY_AUTHENTICATION, "none");
            }
            return new InitialLdapContext(env, null);
        }
        env.put(Context.SECURITY_AUTHENTICATION, "none");
        LdapContext ctx = new InitialLdapContext(env, null);
        try {
            StartTlsResponse tls = (StartTlsResponse) ctx.extendedOperation(new StartTlsRequest());
            tls.negotiate(ssl);
            if (bind) {
                ctx.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
                ctx.addToEnvironment(Context.SECURITY_PRINCIPAL, principal);
                ctx.addToEnvironment(Context.SECURITY_CREDENTIALS, credentials);
                ctx.reconnect(null); // the bind, on the protected connection
            }
            return ctx;
        } catch (NamingException | java.io.IOException | RuntimeException e) {
            close(ctx);
            if (e instanceof NamingException n) {
                throw n;
            }
            NamingException wrapped = new javax.naming.CommunicationException("StartTLS failed: " + e);
            wrapped.setRootCause(e);
            throw wrapped;
        }
    }

    private static void close(Context ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException e) {
                LOG.log(Level.FINE, "closing a directory connection", e);
            }
        }
    }

    private static SSLSocketFactory sslFactory(LdapSettings settings) {
        if (settings.trustStore() == null) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        try {
            String file = settings.trustStore().getFileName().toString().toLowerCase(Locale.ROOT);
            KeyStore store = KeyStore.getInstance(file.endsWith(".jks") ? "JKS" : "PKCS12");
            char[] pw = settings.trustStorePassword() == null
                    ? null
                    : settings.trustStorePassword().toCharArray();
            try (InputStream in = Files.newInputStream(settings.trustStore())) {
                store.load(in, pw);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (Exception e) {
            throw new IllegalStateException("TONGXIN_LDAP_TRUSTSTORE cannot be read: " + settings.trustStore(), e);
        }
    }
}
