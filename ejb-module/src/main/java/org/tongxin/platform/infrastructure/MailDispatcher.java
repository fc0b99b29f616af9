package org.tongxin.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tongxin.platform.application.MailTexts;
import org.tongxin.platform.application.MailTopic;
import org.tongxin.platform.application.Mailer;
import org.tongxin.platform.application.PlatformSettings;
import org.tongxin.platform.application.PublicAddress;

/**
 * Sends the outbox through WildFly's mail session {@code java:jboss/mail/tongxin} (config/cli/tongxin.cli: host, port,
 * user, password, sender and STARTTLS from {@code TONGXIN_SMTP_*}). Each mail is claimed and read in a short
 * transaction, sent outside any, and its outcome recorded in another: sent, or retried after a growing pause and
 * finally FAILED with the last error. Runs after each commit that queued mail and every {@link #PERIOD} anyway.
 * Without {@code TONGXIN_SMTP_HOST} nothing is queued or sent and the platform works as before.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher implements Mailer {

    static final String SESSION = "java:jboss/mail/tongxin";
    /** The SMTP user that means "no authentication" (the CLI's default: WildFly refuses an empty user name). */
    static final String NO_USER = "none";

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final Duration PERIOD = Duration.ofSeconds(30);
    private static final int BATCH = 50;

    @EJB
    MailWork work;

    @Resource
    TimerService timers;

    @jakarta.inject.Inject
    java.time.Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    /** A kick's timer is waiting: the commits before it fires need no timer of their own. */
    private final AtomicBoolean kicked = new AtomicBoolean();

    private volatile MailTexts texts;
    private boolean enabled;
    private Session session;

    @PostConstruct
    void start() {
        enabled = PlatformSettings.get("tongxin.smtp.host").isPresent();
        if (enabled) {
            LOG.info("e-mail notifications on: SMTP host "
                    + PlatformSettings.get("tongxin.smtp.host").orElseThrow() + ", port "
                    + PlatformSettings.get("tongxin.smtp.port").orElse("25"));
            timers.createSingleActionTimer(PERIOD.toMillis(), new TimerConfig("period", false));
        } else {
            LOG.info("e-mail notifications off (TONGXIN_SMTP_HOST is not set)");
        }
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void useTexts(MailTexts texts) {
        this.texts = texts;
        kick();
    }

    @Override
    public MailTexts texts() {
        return texts;
    }

    @Override
    public void kick() {
        if (enabled && kicked.compareAndSet(false, true)) {
            timers.createSingleActionTimer(50, new TimerConfig("kick", false));
        }
    }

    @Timeout
    void tick(jakarta.ejb.Timer timer) {
        boolean periodic = "period".equals(timer.getInfo());
        if (!periodic) {
            kicked.set(false);
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending e-mail failed; trying again later", e);
        } finally {
            if (periodic) {
                timers.createSingleActionTimer(PERIOD.toMillis(), new TimerConfig("period", false));
            }
        }
    }

    /** Sends every due mail; a run asked for while one is going makes that one go round again. */
    void sendDue() {
        if (texts == null) {
            return;
        }
        again.set(true);
        // a run already going sees again set and goes round once more, so no request is lost
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                List<Long> due;
                do {
                    due = work.claimDue(BATCH);
                    due.forEach(this::attempt);
                } while (due.size() == BATCH);
            } finally {
                running.set(false);
            }
        }
    }

    private void attempt(long id) {
        MailWork.Outgoing mail = work.read(id).orElse(null);
        if (mail == null) {
            return;
        }
        try {
            Transport.send(compose(mail));
            work.sent(id);
        } catch (MessagingException | NamingException | RuntimeException e) {
            LOG.log(Level.INFO, "mail {0} to {1} not sent: {2}", new Object[] {id, mail.recipient(), e.toString()});
            work.failed(id, e.toString());
        }
    }

    private MimeMessage compose(MailWork.Outgoing mail) throws MessagingException, NamingException {
        Locale locale = "en".equals(mail.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Object[] args = mail.arguments().toArray();
        String subjectKey = "mail.subject." + mail.messageKey();
        String subject = texts.text(locale, subjectKey, args);
        if (subject.equals(subjectKey)) {
            subject = texts.text(
                    locale,
                    "mail.topic."
                            + MailTopic.of(mail.messageKey()).map(Enum::name).orElse("OTHER"));
        }
        String base = PublicAddress.base();
        StringBuilder body = new StringBuilder()
                .append(texts.text(locale, "mail.greeting", mail.readerName()))
                .append("\n\n")
                .append(texts.text(locale, mail.messageKey(), args))
                .append("\n\n");
        if (mail.link() != null && !mail.link().isBlank()) {
            body.append(texts.text(locale, "mail.link", base + mail.link())).append("\n\n");
        }
        body.append("-- \n").append(texts.text(locale, "mail.footer", base + "/settings/notifications.xhtml"));

        Session mailSession = session();
        MimeMessage message = new MimeMessage(mailSession);
        String from = mailSession.getProperty("mail.from");
        if (from != null && !from.isBlank()) {
            message.setFrom(InternetAddress.parse(from, false)[0]);
        } else {
            message.setFrom();
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(texts.text(locale, "mail.subject", subject), StandardCharsets.UTF_8.name());
        message.setText(body.toString(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", "en".equals(mail.language()) ? "en" : "zh-CN");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /**
     * The server's mail session, with time-outs added and, when no user is configured, without authentication; the
     * password (when there is one) still comes from the server's session.
     */
    private synchronized Session session() throws NamingException {
        if (session == null) {
            Session managed = (Session) new InitialContext().lookup(SESSION);
            Properties properties = new Properties();
            properties.putAll(managed.getProperties());
            properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            properties.putIfAbsent("mail.smtp.timeout", "20000");
            properties.putIfAbsent("mail.smtp.writetimeout", "20000");
            String user = properties.getProperty("mail.smtp.user");
            if (user == null || user.isBlank() || NO_USER.equals(user)) {
                properties.remove("mail.smtp.user");
                properties.setProperty("mail.smtp.auth", "false");
                session = Session.getInstance(properties);
            } else {
                session = Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return managed.requestPasswordAuthentication(
                                getRequestingSite(),
                                getRequestingPort(),
                                getRequestingProtocol(),
                                getRequestingPrompt(),
                                getDefaultUserName());
                    }
                });
            }
        }
        return session;
    }
}
