package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.Topic;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Report topics per organisation (see {@link TopicService}); the organisation is the caller's own. */
@Stateless
public class TopicServiceBean implements TopicService {

    @Inject
    ReportRepository reports;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public List<TopicDetails> topics() {
        long org = caller().visible().ownId();
        Set<String> hidden = reports.hiddenTopics(org);
        return reports.topics(org).stream().map(t -> details(t, hidden)).toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<TopicDetails> usable() {
        long org = caller().visible().ownId();
        Set<String> hidden = reports.hiddenTopics(org);
        return reports.topics(org).stream()
                .map(t -> details(t, hidden))
                .filter(t -> !t.retired())
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<TopicSummary> names() {
        return reports.topics(caller().visible().ownId()).stream()
                .map(t -> new TopicSummary(t.code(), t.nameZh(), t.nameEn()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public TopicDetails create(String nameZh, String nameEn) {
        long org = caller().visible().ownId();
        String code = Topic.code(org, (int) reports.ownTopicCount(org) + 1);
        Topic topic = new Topic(org, code, nameZh, nameEn, reports.lastTopicPosition() + 1);
        unique(org, topic);
        reports.add(topic);
        reports.flush();
        return details(topic, Set.of());
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public TopicDetails rename(long id, String nameZh, String nameEn) {
        long org = caller().visible().ownId();
        Topic topic = visible(org, id);
        if (topic.global()) {
            throw Problem.conflict("global-topic", "problem.topic.global");
        }
        topic.rename(nameZh, nameEn);
        unique(org, topic);
        reports.flush();
        return details(topic, Set.of());
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public TopicDetails retire(long id) {
        long org = caller().visible().ownId();
        Topic topic = visible(org, id);
        if (topic.global()) {
            if (Topic.OTHER.equals(topic.code())) {
                // inbound reports with a topic unknown here are filed under it
                throw Problem.conflict("fallback-topic", "problem.topic.fallback");
            }
            if (reports.hiddenTopics(org).contains(topic.code())) {
                throw Problem.conflict("already-retired", "problem.topic.already-retired");
            }
            reports.hideTopic(org, topic.code());
            return details(topic, Set.of(topic.code()));
        }
        topic.retire();
        reports.flush();
        return details(topic, Set.of());
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public TopicDetails reinstate(long id) {
        long org = caller().visible().ownId();
        Topic topic = visible(org, id);
        if (topic.global()) {
            if (!reports.hiddenTopics(org).contains(topic.code())) {
                throw Problem.conflict("not-retired", "problem.topic.not-retired");
            }
            reports.showTopic(org, topic.code());
            return details(topic, Set.of());
        }
        topic.reinstate();
        reports.flush();
        return details(topic, Set.of());
    }

    /** A global topic or one of the organisation's own; another organisation's is not found. */
    private Topic visible(long org, long id) {
        return reports.topic(id)
                .filter(t -> t.global() || t.organisationId() == org)
                .orElseThrow(() -> Problem.notFound("topic"));
    }

    /** A name is used once among the topics the organisation sees, in each language. */
    private void unique(long org, Topic topic) {
        for (Topic other : reports.topics(org)) {
            if (other == topic) {
                continue;
            }
            if (other.nameZh().equals(topic.nameZh())) {
                throw Problem.conflict("duplicate-topic", "problem.topic.duplicate", topic.nameZh());
            }
            if (other.nameEn().equalsIgnoreCase(topic.nameEn())) {
                throw Problem.conflict("duplicate-topic", "problem.topic.duplicate", topic.nameEn());
            }
        }
    }

    private static TopicDetails details(Topic t, Set<String> hidden) {
        return new TopicDetails(
                t.id(),
                t.code(),
                t.global(),
                t.organisationId(),
                t.nameZh(),
                t.nameEn(),
                t.position(),
                t.global() ? hidden.contains(t.code()) : !t.active(),
                t.version());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
