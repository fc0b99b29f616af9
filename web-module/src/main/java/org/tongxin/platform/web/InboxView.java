package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.application.OrganisationTime;

/** The notification list on the home page, each text in the reader's language. */
@Named("inbox")
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NotificationService notifications;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    /** A notification ready to show. */
    public record Item(long id, Instant createdAt, String text, String link, boolean read)
            implements java.io.Serializable {}

    private List<Item> items = List.of();
    private long unread;

    public void load() {
        Pages.attempt(() -> {
            items = notifications.mine(20).stream()
                    .map(n -> new Item(
                            n.id(),
                            n.createdAt(),
                            Pages.text(n.messageKey(), n.arguments().toArray()),
                            n.link(),
                            n.read()))
                    .toList();
            unread = notifications.unread();
        });
    }

    public void markAllRead() {
        Pages.attempt(notifications::markAllRead);
        load();
    }

    public String when(Instant at) {
        return time.at(at, me.getOrganisationId())
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public List<Item> getItems() {
        return items;
    }

    public long getUnread() {
        return unread;
    }
}
