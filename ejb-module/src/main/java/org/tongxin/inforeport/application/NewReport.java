package org.tongxin.inforeport.application;

import java.util.List;

/**
 * What an author writes: title, body, proposals, topic, the co-authors' member ids and, optionally, the
 * contact point (联系点) the report comes from, one the author is assigned to.
 */
public record NewReport(
        String title, String body, List<String> proposals, String topic, List<Long> coAuthors, Long sourcePoint)
        implements java.io.Serializable {

    public NewReport(String title, String body, List<String> proposals, String topic, List<Long> coAuthors) {
        this(title, body, proposals, topic, coAuthors, null);
    }
}
