package org.tongxin.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The layout's navigation (the list of links beside every page), written once per set of roles and language and
 * kept for the node's life: the same HTML the layout's 45 {@code h:link}s and their {@code ui:fragment}s wrote before
 * (issue 22). Those were built into every page's component tree on every request, the ajax ones too (partial state
 * saving builds the whole view again on each postback), and each link resolved its outcome through the navigation
 * handler on every render. Now the layout holds one output of this bean's text.
 *
 * <p>What a person sees follows their roles exactly as the layout's conditions said; the labels come from the same
 * bundles ({@code pf}, {@code cm}, {@code sh}, {@code ir}, {@code cs}, {@code pp}) through the application, in the
 * session's language; every link keeps its id ({@code menuForm:navRoster}) and address.
 */
@Named("navigation")
@ApplicationScoped
public class NavigationMenu {

    /** The roles one test reads through: {@code has(role)}, and the layout's two derived conditions. */
    record Roles(Set<String> names) {
        boolean has(String role) {
            return names.contains(role);
        }

        boolean any(String... roles) {
            for (String r : roles) {
                if (names.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        boolean administrator() {
            return any("sys-admin", "security-admin", "audit-admin");
        }

        /** A business role (member, office staff, editor, keeper, leader): the domain menus apply. */
        boolean business() {
            return !names.isEmpty() && !administrator();
        }
    }

    /** A link: its id, the view it leads to, its icon, its label (bundle variable and key) and who sees it. */
    record Link(String id, String outcome, String icon, String bundle, String key, Predicate<Roles> shown) {
        Link(String id, String outcome, String icon, String bundle, String key) {
            this(id, outcome, icon, bundle, key, r -> true);
        }
    }

    /** A heading with its links, shown to whom {@code shown} accepts. */
    record Group(String bundle, String key, Predicate<Roles> shown, List<Link> links) {}

    private static final String OFFICE = "office-staff";
    private static final String LEADER = "leader";
    private static final String MEMBER = "member";
    private static final String EDITOR = "info-editor";
    private static final String KEEPER = "hall-keeper";
    private static final String UNIT = "handling-unit";

    /** The links before the groups (home, dashboard, profile, second factor); the dashboard's label is the leader's or the office's. */
    static final List<Link> TOP = List.of(
            new Link("navHome", "/index", "pi-home", "pf", "nav.home"),
            new Link(
                    "navDashboard",
                    "/home/dashboard",
                    "pi-chart-line",
                    "pf",
                    "nav.dashboard",
                    r -> r.any(LEADER, OFFICE)),
            new Link("navProfile", "/profile", "pi-user", "pf", "nav.profile"),
            new Link("navSecondFactor", "/second-factor", "pi-mobile", "pf", "nav.second-factor"));

    static final List<Group> GROUPS = List.of(
            new Group(
                    "pf",
                    "nav.committee",
                    r -> r.business() && !r.has(UNIT),
                    List.of(
                            new Link("navRoster", "/committee/roster", "pi-id-card", "cm", "nav.roster"),
                            new Link("navCommittees", "/committee/committees", "pi-users", "cm", "nav.committees"),
                            new Link("navPairings", "/committee/pairings", "pi-link", "cm", "nav.pairings"),
                            new Link("navLiaison", "/committee/liaison", "pi-map", "cm", "nav.liaison"),
                            new Link(
                                    "navConcerns",
                                    "/committee/concerns",
                                    "pi-book",
                                    "cm",
                                    "nav.concerns",
                                    r -> r.any(MEMBER, OFFICE, LEADER)),
                            new Link("navCard", "/committee/card", "pi-qrcode", "cm", "nav.card", r -> r.has(MEMBER)),
                            new Link("navDuty", "/committee/duty", "pi-star", "cm", "nav.duty", r -> r.has(MEMBER)),
                            new Link(
                                    "navRecordDuty",
                                    "/committee/record-duty",
                                    "pi-plus",
                                    "cm",
                                    "nav.record-duty",
                                    r -> r.has(OFFICE)),
                            new Link(
                                    "navRanking",
                                    "/committee/ranking",
                                    "pi-chart-bar",
                                    "cm",
                                    "nav.ranking",
                                    r -> r.any(OFFICE, LEADER)),
                            new Link(
                                    "navRules",
                                    "/committee/rules",
                                    "pi-sliders-h",
                                    "cm",
                                    "nav.rules",
                                    r -> r.any(OFFICE, LEADER)),
                            new Link(
                                    "navDutyCategories",
                                    "/committee/duty-categories",
                                    "pi-tags",
                                    "cm",
                                    "nav.duty-categories",
                                    r -> r.has(OFFICE)))),
            new Group(
                    "sh",
                    "nav.studyhall",
                    r -> r.business() && !r.has(UNIT),
                    List.of(
                            new Link("navCalendar", "/studyhall/calendar", "pi-calendar", "sh", "nav.calendar"),
                            new Link("navActivities", "/studyhall/activities", "pi-users", "sh", "nav.activities"),
                            new Link("navGroups", "/studyhall/groups", "pi-book", "sh", "nav.groups"),
                            new Link(
                                    "navReadingRanking",
                                    "/studyhall/reading-ranking",
                                    "pi-star",
                                    "sh",
                                    "nav.reading-ranking",
                                    r -> r.any(OFFICE, KEEPER, LEADER)),
                            new Link(
                                    "navApprovals",
                                    "/studyhall/approvals",
                                    "pi-inbox",
                                    "sh",
                                    "nav.approvals",
                                    r -> r.has(KEEPER)),
                            new Link(
                                    "navSpaces",
                                    "/studyhall/spaces",
                                    "pi-building",
                                    "sh",
                                    "nav.spaces",
                                    r -> r.has(KEEPER)))),
            new Group(
                    "ir",
                    "nav.inforeport",
                    r -> r.any(MEMBER, EDITOR, LEADER),
                    List.of(
                            new Link("navReports", "/inforeport/reports", "pi-file", "ir", "nav.reports"),
                            new Link(
                                    "navWrite",
                                    "/inforeport/write",
                                    "pi-pencil",
                                    "ir",
                                    "nav.write",
                                    r -> r.has(MEMBER)),
                            new Link(
                                    "navBulletins",
                                    "/inforeport/bulletins",
                                    "pi-book",
                                    "ir",
                                    "nav.bulletins",
                                    r -> r.any(EDITOR, LEADER)),
                            new Link(
                                    "navStats",
                                    "/inforeport/stats",
                                    "pi-chart-bar",
                                    "ir",
                                    "nav.stats",
                                    r -> r.any(EDITOR, LEADER)),
                            new Link(
                                    "navTopics",
                                    "/inforeport/topics",
                                    "pi-tags",
                                    "ir",
                                    "nav.topics",
                                    r -> r.has(EDITOR)))),
            new Group(
                    "cs",
                    "nav.consultation",
                    r -> r.any(MEMBER, OFFICE, LEADER),
                    List.of(
                            new Link(
                                    "navPlans",
                                    "/consultation/plans",
                                    "pi-calendar-plus",
                                    "cs",
                                    "nav.plans",
                                    r -> r.any(OFFICE, LEADER)),
                            new Link("navTasks", "/consultation/tasks", "pi-check-square", "cs", "nav.tasks"),
                            new Link(
                                    "navConsultationActivities",
                                    "/consultation/activities",
                                    "pi-comments",
                                    "cs",
                                    "nav.activities"),
                            new Link("navGrassroots", "/consultation/grassroots", "pi-users", "cs", "nav.grassroots"),
                            new Link("navOutcomes", "/consultation/outcomes", "pi-flag", "cs", "nav.outcomes"),
                            new Link(
                                    "navDepartments",
                                    "/platform/departments",
                                    "pi-building",
                                    "pf",
                                    "nav.departments",
                                    r -> r.any(OFFICE, LEADER)))),
            new Group(
                    "cs",
                    "nav.consultation",
                    r -> r.has(UNIT) && !r.any(MEMBER, OFFICE, LEADER),
                    List.of(new Link("navUnitOutcomes", "/consultation/outcomes", "pi-flag", "cs", "nav.outcomes"))),
            new Group(
                    "pp",
                    "nav.proposals",
                    r -> r.any(MEMBER, OFFICE, LEADER, UNIT),
                    List.of(
                            new Link("navProposals", "/proposal/proposals", "pi-file-edit", "pp", "nav.list"),
                            new Link(
                                    "navWriteProposal",
                                    "/proposal/write",
                                    "pi-pencil",
                                    "pp",
                                    "nav.write",
                                    r -> r.has(MEMBER)),
                            new Link(
                                    "navProposalStatistics",
                                    "/proposal/statistics",
                                    "pi-chart-bar",
                                    "pp",
                                    "nav.statistics",
                                    r -> r.any(OFFICE, LEADER)),
                            new Link(
                                    "navPlenarySessions",
                                    "/proposal/sessions",
                                    "pi-calendar",
                                    "pp",
                                    "nav.sessions",
                                    r -> r.has(OFFICE)))),
            new Group(
                    "pf",
                    "nav.administration",
                    Roles::administrator,
                    List.of(
                            new Link(
                                    "navOrganisations",
                                    "/platform/organisations",
                                    "pi-sitemap",
                                    "pf",
                                    "nav.organisations",
                                    r -> r.has("sys-admin")),
                            new Link(
                                    "navAccounts",
                                    "/platform/accounts",
                                    "pi-users",
                                    "pf",
                                    "nav.accounts",
                                    r -> r.any("sys-admin", "security-admin")),
                            new Link(
                                    "navPolicy",
                                    "/platform/policy",
                                    "pi-shield",
                                    "pf",
                                    "nav.policy",
                                    r -> r.has("security-admin")),
                            new Link(
                                    "navAudit",
                                    "/platform/audit",
                                    "pi-list",
                                    "pf",
                                    "nav.audit",
                                    r -> r.has("audit-admin")))));

    /** What a menu is written for: the roles (sorted), the language and the ids' prefix (the form's). */
    record Key(Set<String> roles, Locale locale, String prefix) {}

    private final ConcurrentMap<Key, String> written = new ConcurrentHashMap<>();

    @Inject
    CurrentUser me;

    @Inject
    LanguageBean lang;

    /** The menu of the signed-in person in the session's language, written on the first request that asks for it. */
    public String getHtml() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String prefix = "menuForm" + UINamingContainer.getSeparatorChar(faces);
        return html(
                me.getCaller().roles(),
                lang.getLocale(),
                prefix,
                (bundle, key) ->
                        faces.getApplication().getResourceBundle(faces, bundle).getString(key),
                outcome -> faces.getApplication()
                        .getViewHandler()
                        .getBookmarkableURL(faces, outcome + ".xhtml", Map.of(), false));
    }

    /** The menu for these roles and language: the one written before, or written now with these labels and addresses. */
    String html(
            List<String> roles,
            Locale locale,
            String prefix,
            BiFunction<String, String, String> label,
            Function<String, String> href) {
        Key key = new Key(new TreeSet<>(roles), locale, prefix);
        String known = written.get(key);
        if (known != null) {
            return known;
        }
        return written.computeIfAbsent(key, k -> write(new Roles(k.roles()), prefix, label, href));
    }

    /** How many menus this node has written (one per set of roles, language and prefix asked for). */
    int written() {
        return written.size();
    }

    /** The navigation list as the layout wrote it: {@code <ul id="menu">}, a group's links in a nested list under its heading. */
    static String write(
            Roles roles, String prefix, BiFunction<String, String, String> label, Function<String, String> href) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<ul id=\"menu\" class=\"tx-menu\">\n");
        for (Link link : TOP) {
            if (link.shown().test(roles)) {
                String key =
                        "navDashboard".equals(link.id()) && !roles.has(LEADER) ? "nav.dashboard.office" : link.key();
                item(out, link, label.apply(link.bundle(), key), prefix, href);
            }
        }
        for (Group group : GROUPS) {
            if (!group.shown().test(roles)) {
                continue;
            }
            out.append("<li class=\"tx-menu-group\"><span class=\"tx-menu-heading\">")
                    .append(escape(label.apply(group.bundle(), group.key())))
                    .append("</span>\n<ul>\n");
            for (Link link : group.links()) {
                if (link.shown().test(roles)) {
                    item(out, link, label.apply(link.bundle(), link.key()), prefix, href);
                }
            }
            out.append("</ul>\n</li>\n");
        }
        out.append("</ul>");
        return out.toString();
    }

    private static void item(StringBuilder out, Link link, String text, String prefix, Function<String, String> href) {
        String id = escape(prefix + link.id());
        out.append("<li><a id=\"")
                .append(id)
                .append("\" name=\"")
                .append(id)
                .append("\" href=\"")
                .append(escape(href.apply(link.outcome())))
                .append("\"><i class=\"pi ")
                .append(link.icon())
                .append("\" aria-hidden=\"true\"></i> ")
                .append(escape(text))
                .append("</a></li>\n");
    }

    /** Text and attribute values as the page's writer escapes them. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
