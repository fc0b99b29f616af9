package org.tongxin.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tongxin.platform.kernel.Problem;

/**
 * One person's e-mail choices (pf_mail_preference, keyed by their account): an address, the language their mail
 * is written in, and the topics (names) of the notifications that also come by e-mail.
 */
@Entity
@Table(name = "pf_mail_preference")
public class MailPreference {

    /** A plain address: something@domain.tld, no spaces, no display name, no second address. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private int version;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = 200)
    private String topics;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreference() {}

    public MailPreference(long accountId, Instant now) {
        this.accountId = accountId;
        this.language = CHINESE;
        this.topics = "";
        this.updatedAt = now;
    }

    /**
     * Changes the choices; refuses an address of the wrong form and topics without an address.
     *
     * @param topicNames the names of the chosen topics (checked by the caller against the known topics)
     */
    public void choose(String newEmail, String newLanguage, Collection<String> topicNames, Instant now) {
        String address = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (address != null
                && (address.length() > 254 || !ADDRESS.matcher(address).matches())) {
            throw Problem.field("email", "invalid-email", "problem.mail.invalid-email");
        }
        if (address == null && !topicNames.isEmpty()) {
            throw Problem.field("email", "required", "problem.mail.email-required");
        }
        this.email = address;
        this.language = ENGLISH.equals(newLanguage) ? ENGLISH : CHINESE;
        this.topics = String.join(",", new TreeSet<>(topicNames));
        this.updatedAt = now;
    }

    public Long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return ENGLISH.equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public Set<String> topics() {
        return topics.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(topics.split(",")));
    }

    /** Whether notifications of this topic go to this person by e-mail. */
    public boolean wants(String topic) {
        return email != null && topics().contains(topic);
    }
}
