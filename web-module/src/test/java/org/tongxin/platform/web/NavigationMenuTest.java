package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layout's navigation is written once per set of roles and language (issue 22), and shows each role the links the
 * layout's conditions showed it: the expected lists are those the layout's {@code h:link}s rendered for an information
 * editor and for office staff before the change (read from the pages' HTML).
 */
class NavigationMenuTest {

    private static final Map<String, String> BUNDLES = Map.of(
            "pf", "messages.platform",
            "cm", "messages.committee",
            "sh", "messages.studyhall",
            "ir", "messages.inforeport",
            "cs", "messages.consultation",
            "pp", "messages.proposal");

    private static BiFunction<String, String, String> labels(Locale locale, AtomicInteger asked) {
        return (bundle, key) -> {
            asked.incrementAndGet();
            return ResourceBundle.getBundle(BUNDLES.get(bundle), locale).getString(key);
        };
    }

    private static String href(String outcome) {
        return outcome + ".xhtml";
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<a id=\"menuForm:(\\w+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String menu(Locale locale, String... roles) {
        return NavigationMenu.write(
                new NavigationMenu.Roles(java.util.Set.of(roles)),
                "menuForm:",
                labels(locale, new AtomicInteger()),
                NavigationMenuTest::href);
    }

    @Test
    void writtenOncePerSetOfRolesAndLanguage() {
        NavigationMenu navigation = new NavigationMenu();
        AtomicInteger asked = new AtomicInteger();
        String first = navigation.html(
                List.of("member", "leader"),
                Texts.CHINESE,
                "menuForm:",
                labels(Texts.CHINESE, asked),
                NavigationMenuTest::href);
        int labelsOfOne = asked.get();
        assertTrue(labelsOfOne > 10, "labels read: " + labelsOfOne);
        String again = navigation.html(
                List.of("leader", "member"),
                Texts.CHINESE,
                "menuForm:",
                labels(Texts.CHINESE, asked),
                NavigationMenuTest::href);
        assertSame(first, again, "the same roles in another order get the menu written before");
        assertEquals(labelsOfOne, asked.get(), "no label read again");
        assertEquals(1, navigation.written());

        String english = navigation.html(
                List.of("member", "leader"),
                Locale.ENGLISH,
                "menuForm:",
                labels(Locale.ENGLISH, asked),
                NavigationMenuTest::href);
        assertEquals(2, navigation.written());
        assertEquals(ids(first), ids(english), "the same links in both languages");
        assertTrue(english.contains("> Home</a>"), english);
        assertTrue(first.contains("> 首页</a>"), first);
    }

    @Test
    void anEditorSeesTheLinksTheLayoutShowedAnEditor() {
        String html = menu(Texts.CHINESE, "info-editor");
        assertEquals(
                List.of(
                        "navHome",
                        "navProfile",
                        "navSecondFactor",
                        "navRoster",
                        "navCommittees",
                        "navPairings",
                        "navLiaison",
                        "navCalendar",
                        "navActivities",
                        "navGroups",
                        "navReports",
                        "navBulletins",
                        "navStats",
                        "navTopics"),
                ids(html));
        assertTrue(
                html.contains(
                        "<li><a id=\"menuForm:navRoster\" name=\"menuForm:navRoster\" href=\"/committee/roster.xhtml\">"
                                + "<i class=\"pi pi-id-card\" aria-hidden=\"true\"></i> 委员名册</a></li>"),
                html);
        assertTrue(html.contains("<span class=\"tx-menu-heading\">委员与专委会</span>"), html);
        assertTrue(html.startsWith("<ul id=\"menu\" class=\"tx-menu\">"), html);
    }

    @Test
    void officeStaffSeeTheLinksTheLayoutShowedThem() {
        String html = menu(Texts.CHINESE, "office-staff");
        assertEquals(
                List.of(
                        "navHome",
                        "navDashboard",
                        "navProfile",
                        "navSecondFactor",
                        "navRoster",
                        "navCommittees",
                        "navPairings",
                        "navLiaison",
                        "navConcerns",
                        "navRecordDuty",
                        "navRanking",
                        "navRules",
                        "navDutyCategories",
                        "navCalendar",
                        "navActivities",
                        "navGroups",
                        "navReadingRanking",
                        "navPlans",
                        "navTasks",
                        "navConsultationActivities",
                        "navGrassroots",
                        "navOutcomes",
                        "navDepartments",
                        "navProposals",
                        "navProposalStatistics",
                        "navPlenarySessions"),
                ids(html));
        // the dashboard is the office's, not the leader's
        String office =
                ResourceBundle.getBundle("messages.platform", Texts.CHINESE).getString("nav.dashboard.office");
        assertTrue(html.contains("</i> " + office + "</a>"), html);
        String leader =
                ResourceBundle.getBundle("messages.platform", Texts.CHINESE).getString("nav.dashboard");
        assertTrue(menu(Texts.CHINESE, "leader").contains("</i> " + leader + "</a>"));
    }

    @Test
    void administratorsAndHandlingUnitsSeeOnlyTheirOwn() {
        assertEquals(
                List.of("navHome", "navProfile", "navSecondFactor", "navOrganisations", "navAccounts"),
                ids(menu(Texts.CHINESE, "sys-admin")));
        assertEquals(
                List.of("navHome", "navProfile", "navSecondFactor", "navAudit"),
                ids(menu(Texts.CHINESE, "audit-admin")));
        assertEquals(
                List.of("navHome", "navProfile", "navSecondFactor", "navUnitOutcomes", "navProposals"),
                ids(menu(Texts.CHINESE, "handling-unit")));
        List<String> member = ids(menu(Locale.ENGLISH, "member"));
        assertTrue(
                member.containsAll(List.of("navCard", "navDuty", "navWrite", "navWriteProposal", "navConcerns")),
                member.toString());
        assertFalse(member.contains("navTopics"));
        assertFalse(member.contains("navDashboard"));
    }

    @Test
    void everyLabelIsInBothLanguages() {
        for (String role : List.of(
                "member",
                "office-staff",
                "info-editor",
                "hall-keeper",
                "leader",
                "handling-unit",
                "sys-admin",
                "security-admin",
                "audit-admin")) {
            for (Locale locale : Texts.SUPPORTED) {
                String html = menu(locale, role); // a missing key throws
                assertFalse(html.contains("???"), html);
            }
        }
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &amp; &lt;b&gt; &quot;c&quot; 委员", NavigationMenu.escape("a & <b> \"c\" 委员"));
    }

    /** The layout builds no link components of its own any more: its navigation is the one written text. */
    @Test
    void theLayoutHoldsNoMenuComponents() throws Exception {
        String layout = Files.readString(Path.of("src/main/webapp/WEB-INF/templates/layout.xhtml"));
        assertFalse(layout.contains("<h:link id=\"nav"), "the layout's menu is NavigationMenu's text");
        assertFalse(layout.contains("<ui:fragment rendered=\"#{me.has"), "no role conditions of menu items");
        assertTrue(layout.contains("#{navigation.html}"));
    }
}
