package org.tongxin.platform.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification a person may also receive by e-mail, each the notifications whose bundle key starts
 * with its prefix. The keys are the contexts' (notice.report.*, proposal.reminder.* ...): a new kind of
 * notification joins a topic by its key, and a notification of no topic stays in the platform.
 */
public enum MailTopic {
    /** What became of one's information reports (returned, declined, adopted, instructed). */
    REPORT("notice", "report"),
    /** Decisions on one's study-hall bookings. */
    BOOKING("notice", "booking"),
    /** Activities one signed up for (cancelled, moved up from the waiting list). */
    ACTIVITY("notice", "activity"),
    /** Proposals' answer deadlines, for handling units. */
    PROPOSAL("proposal"),
    /** Requests and approvals of administrators' password resets. */
    ACCOUNT("notice", "password-reset"),
    /** The daily reminders: a booking or an activity tomorrow, a returned report waiting for its author. */
    REMINDER("reminder");

    /** The start of the keys, e.g. {@code notice.report.} (given by segments, so that it is not taken for a key). */
    private final String prefix;

    MailTopic(String... segments) {
        this.prefix = String.join(".", segments) + ".";
    }

    /** The topic of a notification's bundle key, if it has one. */
    public static Optional<MailTopic> of(String messageKey) {
        if (messageKey == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t -> messageKey.startsWith(t.prefix))
                .findFirst();
    }
}
