package org.tongxin.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.tongxin.platform.domain.AccountRepository;
import org.tongxin.platform.domain.AccountSource;

/**
 * Every {@code TONGXIN_LDAP_SWEEP_SECONDS} (15 minutes unless set), asks the directory whether the
 * people of the enabled directory accounts are still in it and disables the accounts of those who
 * are gone, which ends their page sessions and their API Basic use at the next request. A directory
 * that cannot be read changes nothing. Needs a service account (or anonymous read) when logins bind
 * with a DN pattern. Each node runs its own (non-persistent) timer; disabling twice is harmless.
 */
@Singleton
@Startup
@PermitAll
public class DirectorySweep {

    private static final Logger LOG = Logger.getLogger(DirectorySweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DirectoryLogin directory;

    @Inject
    AccountRepository accounts;

    @EJB
    ExternalSignIn signIn;

    @EJB
    ClusterJobs jobs;

    @PostConstruct
    void schedule() {
        if (directory.enabled() && directory.sweepSeconds() > 0) {
            long every = directory.sweepSeconds() * 1000L;
            timers.createIntervalTimer(every, every, new TimerConfig("directory-sweep", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one short transaction per account gone
    void sweep() {
        // every node's timer fires; one of them asks the directory (docs/cluster.md)
        if (!jobs.claim("directory-sweep", java.time.Duration.ofSeconds(Math.max(1, directory.sweepSeconds() / 2)))) {
            return;
        }
        int gone = 0;
        for (String subject : accounts.enabledExternalSubjects(AccountSource.LDAP)) {
            if (directory.stillPresent(subject).orElse(true)) {
                continue;
            }
            signIn.vanished(AccountSource.LDAP, subject);
            gone++;
        }
        if (gone > 0) {
            LOG.info("directory check: " + gone + " account(s) disabled, their people gone from the directory");
        }
    }
}
