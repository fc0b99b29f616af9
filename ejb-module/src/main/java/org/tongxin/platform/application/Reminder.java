package org.tongxin.platform.application;

import java.util.List;

/**
 * One reminder for one person: sent as a notification (and by e-mail to whoever chose {@link MailTopic#REMINDER})
 * once, whatever the number of runs, by its key (pf_reminder), e.g. {@code booking:42:2026-12-18:7}.
 */
public record Reminder(String key, long accountId, String messageKey, List<String> arguments, String link)
        implements java.io.Serializable {}
