package org.tongxin.inforeport.application;

/** Carries forwarded reports to other deployments (see the infrastructure's {@code DeliveryAgent}). */
public interface Courier {

    /** One attempt now for a report's pending delivery, outside any transaction; nothing when none waits. */
    void attemptFor(long reportId);

    /** Reads back now what became of the delivered report there, and credits what it earned. */
    void followFor(long reportId);
}
