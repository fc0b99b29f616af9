package org.tongxin.platform.application;

import jakarta.ejb.Local;

/** The daily reminders, which a timer sends; office staff may send their organisation's at once. */
@Local
public interface ReminderService {

    /** Sends the caller's organisation's reminders due today that were not sent yet; returns how many were sent. */
    int sendNow();
}
