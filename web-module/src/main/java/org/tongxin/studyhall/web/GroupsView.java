package org.tongxin.studyhall.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.ReadingRecords;
import org.tongxin.studyhall.application.ReadingService;

/** The reading groups of the organisation; office staff and keepers form new ones. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReadingService reading;

    private List<ReadingRecords.GroupSummary> groups = List.of();
    private String name;
    private String topic;

    public void load() {
        Pages.attempt(() -> groups = reading.groups());
    }

    public void create() {
        if (Pages.attempt(
                () -> reading.createGroup(name, topic), Map.of("name", "newGroup:name", "topic", "newGroup:topic"))) {
            Pages.info("reading.created");
            name = null;
            topic = null;
            load();
        }
    }

    public List<ReadingRecords.GroupSummary> getGroups() {
        return groups;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
