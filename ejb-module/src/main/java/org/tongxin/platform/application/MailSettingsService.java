package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.Set;

/** Each person's choice of the notifications that also come by e-mail, on their own account only. */
@Local
public interface MailSettingsService {

    MailSettings mine();

    /**
     * Saves the caller's choices: an address (required when a topic is chosen; checked for its form), the language
     * ({@code zh-CN} default, or {@code en}) and the topics. 422 naming the field in error.
     */
    MailSettings saveMine(String email, String language, Set<MailTopic> topics);
}
