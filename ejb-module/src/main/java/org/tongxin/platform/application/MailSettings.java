package org.tongxin.platform.application;

import java.util.List;
import java.util.Set;

/**
 * A person's e-mail choices: the address, the language of their mail ({@code zh-CN} or {@code en}), the topics
 * that also come by e-mail, every topic there is, and whether this deployment sends mail at all.
 */
public record MailSettings(
        String email, String language, Set<MailTopic> topics, List<MailTopic> available, boolean mailEnabled)
        implements java.io.Serializable {}
