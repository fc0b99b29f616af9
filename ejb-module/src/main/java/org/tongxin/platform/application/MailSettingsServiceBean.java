package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tongxin.platform.domain.MailPreference;
import org.tongxin.platform.kernel.Problem;

/** The caller's own e-mail choices; nobody reads or changes another person's. */
@Stateless
@PermitAll
public class MailSettingsServiceBean implements MailSettingsService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext session;

    @Override
    public MailSettings mine() {
        long me = me();
        MailPreference preference = em.find(MailPreference.class, me);
        return view(preference == null ? new MailPreference(me, clock.instant()) : preference);
    }

    @Override
    public MailSettings saveMine(String email, String language, Set<MailTopic> topics) {
        long me = me();
        if (language != null && !MailPreference.CHINESE.equals(language) && !MailPreference.ENGLISH.equals(language)) {
            throw Problem.field("language", "invalid-language", "problem.mail.invalid-language");
        }
        MailPreference preference = em.find(MailPreference.class, me);
        if (preference == null) {
            preference = new MailPreference(me, clock.instant());
            em.persist(preference);
        }
        Set<String> names = new TreeSet<>();
        (topics == null ? Set.<MailTopic>of() : topics).forEach(t -> names.add(t.name()));
        preference.choose(email, language, names, clock.instant());
        return view(preference);
    }

    private MailSettings view(MailPreference preference) {
        Set<MailTopic> chosen = EnumSet.noneOf(MailTopic.class);
        for (String name : preference.topics()) {
            try {
                chosen.add(MailTopic.valueOf(name));
            } catch (IllegalArgumentException e) {
                // a topic since removed: no longer offered
            }
        }
        return new MailSettings(
                preference.email(), preference.language(), chosen, List.of(MailTopic.values()), mailer.enabled());
    }

    private long me() {
        return callers.caller(session.getCallerPrincipal()).accountId();
    }
}
