package org.tongxin.server;

import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Elytron's view of the platform's accounts (custom-realm {@code tongxin} in config/cli/tongxin.cli): a name and a
 * password guess (SASL PLAIN over remote+http) are checked by the application ({@link RemoteLogins}); a verified
 * caller's role codes become its {@code groups} attribute, which the domain's {@code groups-to-roles} decoder turns
 * into the roles {@code @RolesAllowed} checks. The realm verifies evidence only: it never hands out a credential
 * (the stored hash stays in the application), so challenge-response mechanisms cannot use it.
 */
public final class TongxinRealm implements SecurityRealm {

    @Override
    public RealmIdentity getRealmIdentity(Principal principal) {
        String name = principal == null ? "" : principal.getName().trim().toLowerCase(Locale.ROOT);
        return new Identity(name);
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(
            Class<? extends Credential> credentialType, String algorithmName, AlgorithmParameterSpec parameterSpec) {
        return SupportLevel.UNSUPPORTED;
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
        return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
                ? SupportLevel.POSSIBLY_SUPPORTED
                : SupportLevel.UNSUPPORTED;
    }

    /** One authentication's identity: unknown names look like every other (the application answers them alike). */
    private static final class Identity implements RealmIdentity {

        private final String name;
        private volatile Set<String> roles;

        Identity(String name) {
            this.name = name;
        }

        @Override
        public Principal getRealmIdentityPrincipal() {
            return new NamePrincipal(name);
        }

        @Override
        public SupportLevel getCredentialAcquireSupport(
                Class<? extends Credential> credentialType,
                String algorithmName,
                AlgorithmParameterSpec parameterSpec) {
            return SupportLevel.UNSUPPORTED;
        }

        @Override
        public <C extends Credential> C getCredential(Class<C> credentialType) {
            return null;
        }

        @Override
        public SupportLevel getEvidenceVerifySupport(Class<? extends Evidence> evidenceType, String algorithmName) {
            return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
                    ? SupportLevel.SUPPORTED
                    : SupportLevel.UNSUPPORTED;
        }

        @Override
        public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
            if (!(evidence instanceof PasswordGuessEvidence guess) || name.isEmpty()) {
                return false;
            }
            Set<String> verified;
            try {
                verified = RemoteLogins.verify(name, new String(guess.getGuess()));
            } catch (RuntimeException e) {
                throw new RealmUnavailableException(e);
            }
            roles = verified;
            return verified != null;
        }

        @Override
        public boolean exists() {
            return !name.isEmpty();
        }

        @Override
        public AuthorizationIdentity getAuthorizationIdentity() {
            Set<String> r = roles;
            return AuthorizationIdentity.basicIdentity(new MapAttributes(Map.of("groups", r == null ? Set.of() : r)));
        }
    }
}
