package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.tongxin.platform.application.Mailer;

/**
 * Hands the bundles (which live in this module) to the EJB module's mail dispatcher when the web module starts, so
 * that mail is written with the same texts as the pages, in its reader's language.
 */
@ApplicationScoped
public class MailTextsInstaller {

    @EJB
    Mailer mailer;

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        mailer.useTexts(Texts::get);
    }
}
