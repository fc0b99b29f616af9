package org.tongxin.platform.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.tongxin.platform.application.MailQueued;
import org.tongxin.platform.application.Mailer;

/** After a transaction that queued mail commits, the dispatcher sends it at once (a rolled-back one queued none). */
@ApplicationScoped
public class MailKick {

    @EJB
    Mailer mailer;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        mailer.kick();
    }
}
