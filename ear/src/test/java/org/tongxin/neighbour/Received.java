package org.tongxin.neighbour;

import java.util.ArrayList;
import java.util.List;

/** What the neighbour's MDB received, in order; the servlet waits on it. */
final class Received {

    /** One message: its selector properties and its text (the CloudEvent). */
    record Event(String type, String subject, String organisation, String text) {}

    private static final List<Event> EVENTS = new ArrayList<>();

    private Received() {}

    static synchronized void add(String type, String subject, String organisation, String text) {
        EVENTS.add(new Event(type, subject, organisation, text));
        Received.class.notifyAll();
    }

    /**
     * The events of a subject, waiting up to {@code millis} until there is one of {@code type} among them (when
     * {@code type} is null: until there is any).
     */
    static synchronized List<Event> of(String subject, String type, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            List<Event> found = new ArrayList<>();
            for (Event e : EVENTS) {
                if (e.subject().equals(subject)) {
                    found.add(e);
                }
            }
            boolean done = type == null ? !found.isEmpty() : found.stream().anyMatch(e -> type.equals(e.type()));
            long left = deadline - System.currentTimeMillis();
            if (done || left <= 0) {
                return found;
            }
            Received.class.wait(left);
        }
    }
}
