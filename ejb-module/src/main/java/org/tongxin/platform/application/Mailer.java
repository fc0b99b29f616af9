package org.tongxin.platform.application;

import jakarta.ejb.Local;

/** Sends the queued mail (pf_mail_outbox) through the server's mail session, outside any business transaction. */
@Local
public interface Mailer {

    /** Whether mail goes out at all: an SMTP host is configured ({@code TONGXIN_SMTP_HOST}). */
    boolean enabled();

    /** The bundles' reader, from the web module; until it is given, mail waits in the outbox. */
    void useTexts(MailTexts texts);

    /** The bundles' reader once the web module has given it, else null (the command replies' titles use it too). */
    MailTexts texts();

    /** Sends what is due soon (after a commit that queued mail); the dispatcher's timer does it anyway. */
    void kick();
}
