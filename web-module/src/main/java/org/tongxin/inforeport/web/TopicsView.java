package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.inforeport.application.TopicDetails;
import org.tongxin.inforeport.application.TopicService;
import org.tongxin.platform.web.Pages;

/**
 * inforeport/topics.xhtml: an information editor adds, renames, retires and reinstates the organisation's own report
 * topics, and hides (or shows again) a global topic for the organisation.
 */
@Named
@ViewScoped
public class TopicsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS =
            Map.of("nameZh", "topicForm:nameZh", "nameEn", "topicForm:nameEn");

    @EJB
    TopicService service;

    private List<TopicDetails> topics = List.of();
    private Long editing;
    private String nameZh;
    private String nameEn;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        Pages.attempt(() -> topics = service.topics());
    }

    public void startNew() {
        editing = null;
        nameZh = null;
        nameEn = null;
    }

    public void edit(TopicDetails t) {
        editing = t.id();
        nameZh = t.nameZh();
        nameEn = t.nameEn();
    }

    public void save() {
        boolean created = editing == null;
        if (Pages.attempt(
                () -> edit(created ? service.create(nameZh, nameEn) : service.rename(editing, nameZh, nameEn)),
                FIELDS)) {
            Pages.info(created ? "topics.created" : "topics.saved");
            load();
        }
    }

    public void retire(long id) {
        if (Pages.attempt(() -> service.retire(id))) {
            Pages.info("topics.retired");
            load();
        }
    }

    public void reinstate(long id) {
        if (Pages.attempt(() -> service.reinstate(id))) {
            Pages.info("topics.reinstated");
            load();
        }
    }

    public String name(TopicDetails t) {
        return Pages.english() ? t.nameEn() : t.nameZh();
    }

    public List<TopicDetails> getTopics() {
        return topics;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
