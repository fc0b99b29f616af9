package org.tongxin.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailTopicTest {

    @Test
    void aNotificationBelongsToTheTopicOfItsKey() {
        assertEquals(Optional.of(MailTopic.REPORT), MailTopic.of("notice.report.returned"));
        assertEquals(Optional.of(MailTopic.BOOKING), MailTopic.of("notice.booking.cancelled"));
        assertEquals(Optional.of(MailTopic.ACTIVITY), MailTopic.of("notice.activity.promoted"));
        assertEquals(Optional.of(MailTopic.PROPOSAL), MailTopic.of("proposal.reminder.OVERDUE"));
        assertEquals(Optional.of(MailTopic.ACCOUNT), MailTopic.of("notice.password-reset.requested"));
        assertEquals(Optional.of(MailTopic.REMINDER), MailTopic.of("reminder.booking.tomorrow"));
    }

    @Test
    void aKeyOfNoTopicStaysInThePlatform() {
        assertEquals(Optional.empty(), MailTopic.of("notice.something-new"));
        assertEquals(Optional.empty(), MailTopic.of("notice.reporter"));
        assertEquals(Optional.empty(), MailTopic.of("proposals"));
        assertEquals(Optional.empty(), MailTopic.of(null));
    }
}
