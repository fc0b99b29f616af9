package org.tongxin.remote.client;

import java.io.Serializable;
import java.util.List;

/**
 * An information report another system files on behalf of a member (the first author): title, body, the proposals
 * (one line each), the topic's code ({@code ECONOMY}, {@code OTHER} … or one of the organisation's own), and the
 * co-authors' member ids (members of the same organisation).
 */
public record RemoteReport(
        long memberId, String title, String body, List<String> proposals, String topic, List<Long> coAuthors)
        implements Serializable {}
