package org.tongxin.platform.infrastructure.ldap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import org.tongxin.platform.application.DirectoryLogin;

/** The deployment's directory, from its {@code TONGXIN_LDAP_*} settings read once at start; off without them. */
@ApplicationScoped
public class LdapDirectoryLogin implements DirectoryLogin {

    private static final Logger LOG = Logger.getLogger(LdapDirectoryLogin.class.getName());

    private LdapDirectory directory;

    @PostConstruct
    void configure() {
        Optional<LdapSettings> settings = LdapSettings.fromEnvironment();
        if (settings.isEmpty()) {
            return;
        }
        directory = new LdapDirectory(settings.get());
        LOG.info("directory login on: " + settings.get());
        settings.get()
                .ignored()
                .forEach(
                        key -> LOG.warning(
                                "directory mapping " + key
                                        + " ignored: administrator roles (and the service role) are granted by the security administrator only"));
    }

    @Override
    public boolean enabled() {
        return directory != null;
    }

    @Override
    public Answer verify(String username, String password) {
        return directory == null ? Answer.of(Answer.Outcome.UNAVAILABLE) : directory.verify(username, password);
    }

    @Override
    public Optional<Boolean> stillPresent(String subject) {
        return directory == null ? Optional.empty() : directory.stillPresent(subject);
    }

    @Override
    public int sweepSeconds() {
        return directory == null ? 0 : directory.settings().sweepSeconds();
    }
}
