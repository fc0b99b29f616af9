package org.tongxin.inforeport.application;

import java.util.List;

/** What an author writes: title, body, proposals, topic and the co-authors' member ids. */
public record NewReport(String title, String body, List<String> proposals, String topic, List<Long> coAuthors) {
}
