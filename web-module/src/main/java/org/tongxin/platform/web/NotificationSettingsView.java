package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.application.MailSettings;
import org.tongxin.platform.application.MailSettingsService;
import org.tongxin.platform.application.MailTopic;

/** settings/notifications.xhtml: which notifications also come by e-mail, to which address, in which language. */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailSettingsService settings;

    private String email;
    private String language;
    private List<String> topics = new ArrayList<>();
    private List<MailTopic> available = List.of();
    private boolean mailEnabled;

    @PostConstruct
    void load() {
        show(settings.mine());
    }

    private void show(MailSettings s) {
        email = s.email();
        language = s.language();
        topics = new ArrayList<>(s.topics().stream().map(Enum::name).toList());
        available = s.available();
        mailEnabled = s.mailEnabled();
    }

    public void save() {
        EnumSet<MailTopic> chosen = EnumSet.noneOf(MailTopic.class);
        topics.forEach(t -> chosen.add(MailTopic.valueOf(t)));
        Pages.attempt(
                () -> {
                    show(settings.saveMine(email, language, chosen));
                    Pages.info("mail.settings.saved");
                },
                Map.of("email", "settings:email", "language", "settings:language"));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public List<MailTopic> getAvailable() {
        return available;
    }

    public boolean isMailEnabled() {
        return mailEnabled;
    }
}
