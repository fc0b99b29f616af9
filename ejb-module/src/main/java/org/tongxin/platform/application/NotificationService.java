package org.tongxin.platform.application;

import java.util.List;

/** Notifications inside the platform: other contexts send them; each person reads their own. */
public interface NotificationService {

    /** Sends a notification in the caller's transaction: it exists only if the act it reports commits. */
    void notify(long accountId, String messageKey, List<String> arguments, String link);

    /** The caller's latest notifications, unread first. */
    List<NotificationRow> mine(int max);

    long unread();

    void markRead(long id);

    void markAllRead();
}
