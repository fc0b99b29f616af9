package org.tongxin.consultation.infrastructure;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.consultation.application.ConsultationActivityDetails;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.consultation.application.NewActivity;
import org.tongxin.consultation.application.ResearchInput;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ParticipantKind;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanItem;
import org.tongxin.consultation.domain.PlanRepository;
import org.tongxin.platform.application.AccountDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.SpaceDetails;
import org.tongxin.studyhall.application.SpaceService;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Two of Datong's plan items held as consultation activities, made through {@link ConsultationActivityService} as the
 * demo's office staff and members (the same calls as the pages and the API, under their identities): the monthly
 * consultation on proposals, held earlier at the committee's meeting room with research, speeches and attendance
 * credited; and the monthly consultation on old residential blocks, in a study-hall space booked through the hall's
 * booking engine, open for sign-up. After DemoConsultation (the plan) and DemoStudyHall (the spaces).
 */
@ApplicationScoped
public class DemoConsultationActivities {

    private static final Logger LOG = Logger.getLogger(DemoConsultationActivities.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @EJB
    ConsultationActivityService activities;

    @EJB
    SpaceService spaces;

    @EJB
    BookingService bookings;

    @Inject
    PlanRepository plans;

    @Inject
    MemberDirectory directory;

    @Inject
    OrganisationTime time;

    @Inject
    AccountDirectory accounts;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 810) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null || event.accountIds().get("office") == null) {
            return;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            LOG.warning("Demo consultation activities skipped: no security domain to act as the demo accounts");
            return;
        }
        try {
            load(domain, datong);
        } catch (Exception e) {
            // only reads and refusal-free calls are made (slots are checked first): this is a bug, not a refusal
            LOG.log(Level.WARNING, "Demo consultation activities not loaded", e);
        }
    }

    private void load(SecurityDomain domain, long datong) throws Exception {
        LocalDate today = time.today(datong);
        Plan plan = plans.plans(today.getYear(), "%").stream()
                .filter(p -> p.organisationId() == datong)
                .findFirst()
                .orElse(null);
        if (plan == null) {
            return;
        }
        PlanItem proposals = item(plan, "提案办理");
        PlanItem blocks = item(plan, "老旧小区");
        Map<Long, String> names = directory.activeNames(datong);
        List<MemberDirectory.MemberRef> members = directory.activeMembers(datong).stream()
                .filter(m -> m.accountId() != null)
                .sorted(Comparator.comparing(MemberDirectory.MemberRef::id))
                .limit(12)
                .toList();
        if (proposals == null || blocks == null || members.size() < 12 || names.isEmpty()) {
            return;
        }

        // held: three weeks ago at the committee's own meeting room (outside the study hall)
        LocalDate heldOn = today.minusDays(21);
        Instant start = heldOn.atTime(9, 0).atZone(ZONE).toInstant();
        ConsultationActivityDetails held = as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.create(new NewActivity(
                        null, null, proposals.id(), start, start.plusSeconds(3 * 3600), null, "市政协三楼常委会议室", 30)));
        long id = held.id();
        for (int i = 0; i < 8; i++) {
            long member = members.get(i).id();
            as(domain, "office", Role.OFFICE_STAFF, () -> activities.invite(id, member));
        }
        as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.addGuest(id, ParticipantKind.DEPARTMENT, "市政府办公室", "大同市人民政府"));
        as(domain, "office", Role.OFFICE_STAFF, () -> activities.addGuest(id, ParticipantKind.EXPERT, "刘建华", "山西大同大学"));
        as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.addGuest(id, ParticipantKind.CITIZEN, "孙桂英", "平城区新建南路社区"));
        ConsultationActivityDetails withTrip = as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.addResearch(
                        id,
                        new ResearchInput(
                                heldOn.minusDays(10),
                                "市政府办公室、市住建局（提案办理情况座谈）",
                                List.of(
                                        members.get(0).id(),
                                        members.get(1).id(),
                                        members.get(2).id()),
                                "部分提案答复后跟踪不够，群众关注的老旧小区改造类提案落实进度不一。",
                                List.of("提案办理情况调研报告", "座谈会记录"))));
        long trip = withTrip.research().get(0).id();
        as(domain, "office", Role.OFFICE_STAFF, () -> activities.researchDone(id, trip));
        for (int i = 0; i < 2; i++) {
            String who = username(members.get(i));
            if (who == null) {
                return;
            }
            String title = i == 0 ? "建立提案办理“回头看”机制" : "提高提案答复的针对性";
            as(
                    domain,
                    who,
                    Role.MEMBER,
                    () -> activities.submitSpeech(id, title, title + "：建议由提案委员会牵头，对重点提案逐件跟踪，按季度通报办理进度。"));
        }
        ConsultationActivityDetails done = as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.take(id, held.version(), ActivityStep.HOLD, null));
        for (ConsultationActivityDetails.Participant p : done.participants()) {
            if (p.memberId() != null && members.subList(0, 6).stream().anyMatch(m -> m.id() == p.memberId())) {
                as(domain, "office", Role.OFFICE_STAFF, () -> activities.mark(id, p.id(), true));
            }
        }
        for (ConsultationActivityDetails.SpeechRow s : done.speeches()) {
            as(domain, "office", Role.OFFICE_STAFF, () -> activities.selectSpeech(id, s.id(), true));
            if (s.memberId() == members.get(0).id()) {
                as(domain, "office", Role.OFFICE_STAFF, () -> activities.deliverSpeech(id, s.id(), true));
            }
        }

        // open: in about a month, in a study-hall space booked through the engine, members signing up
        Long[] slot = freeSlot(domain, today);
        if (slot == null) {
            LOG.info("Demo consultation activities: one held; no free study-hall slot for the open one");
            return;
        }
        Instant openStart = Instant.ofEpochSecond(slot[1]);
        ConsultationActivityDetails open = as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.create(new NewActivity(
                        null, null, blocks.id(), openStart, openStart.plusSeconds(2 * 3600), slot[0], null, 20)));
        as(
                domain,
                "office",
                Role.OFFICE_STAFF,
                () -> activities.take(open.id(), open.version(), ActivityStep.OPEN, null));
        for (int i = 8; i < 11; i++) {
            String who = username(members.get(i));
            if (who != null) {
                as(domain, who, Role.MEMBER, () -> activities.signUp(open.id()));
            }
        }
        LOG.info("Demo consultation activities loaded: one held, one open for sign-up");
    }

    /**
     * A space of the hall and a start found free by reading the hall (nothing booked): a Tuesday to Thursday 28 to 60
     * days ahead, within the space's advance days and opening hours, no holiday or made working day, no closure and no
     * booking in the slot. The booking engine checks the slot again when the activity books it.
     */
    private Long[] freeSlot(SecurityDomain domain, LocalDate today) throws Exception {
        List<SpaceDetails> candidates = as(domain, "office", Role.OFFICE_STAFF, () -> spaces.spaces()).stream()
                .filter(s -> s.active() && s.capacity() >= 20)
                .sorted(Comparator.comparing((SpaceDetails s) -> !"LECTURE_HALL".equals(s.zone())))
                .toList();
        java.util.Set<LocalDate> special = new java.util.HashSet<>();
        for (int year : new int[] {today.getYear(), today.getYear() + 1}) {
            as(domain, "office", Role.OFFICE_STAFF, () -> spaces.calendar(year)).forEach(d -> special.add(d.day()));
        }
        for (SpaceDetails space : candidates) {
            List<org.tongxin.studyhall.application.ClosureRow> closures =
                    as(domain, "office", Role.OFFICE_STAFF, () -> spaces.closures(space.id()));
            for (int day = 28; day < Math.min(60, space.advanceDays()); day++) {
                LocalDate on = today.plusDays(day);
                int weekday = on.getDayOfWeek().getValue();
                if (weekday < 2 || weekday > 4 || special.contains(on) || !covers(space.openingHours(), weekday)) {
                    continue;
                }
                Instant start = on.atTime(LocalTime.of(14, 30)).atZone(ZONE).toInstant();
                Instant end = start.plusSeconds(2 * 3600);
                boolean closed = closures.stream()
                        .anyMatch(c -> c.start().toInstant().isBefore(end)
                                && c.end().toInstant().isAfter(start));
                if (closed) {
                    continue;
                }
                boolean taken =
                        !as(domain, "office", Role.OFFICE_STAFF, () -> bookings.calendar(space.id(), start, end))
                                .stream()
                                .filter(b -> "PENDING".equals(b.status()) || "CONFIRMED".equals(b.status()))
                                .toList()
                                .isEmpty();
                if (!taken) {
                    return new Long[] {space.id(), start.getEpochSecond()};
                }
            }
        }
        return null;
    }

    /** Whether the space's hours of that weekday ({@code HH:mm-HH:mm}, Monday first, {@code |}) cover 14:30–16:30. */
    private static boolean covers(String openingHours, int weekday) {
        String[] days = openingHours == null ? new String[0] : openingHours.split("\\|");
        if (days.length < weekday
                || !days[weekday - 1].contains("-")
                || days[weekday - 1].strip().equals("-")) {
            return false;
        }
        String[] range = days[weekday - 1].strip().split("-");
        try {
            return !LocalTime.parse(range[0]).isAfter(LocalTime.of(14, 30))
                    && !LocalTime.parse(range[1]).isBefore(LocalTime.of(16, 30));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String username(MemberDirectory.MemberRef m) {
        return accounts.enabled(m.accountId()).map(a -> a.caller().username()).orElse(null);
    }

    private static PlanItem item(Plan plan, String topicPart) {
        return plan.items().stream()
                .filter(i -> i.topic().contains(topicPart))
                .findFirst()
                .orElse(null);
    }

    private static <T> T as(SecurityDomain domain, String user, Role role, Callable<T> work) throws Exception {
        return domain.createAdHocIdentity(user)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role.code())))
                .runAs(work);
    }
}
