package org.tongxin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, the WebJar {@code org.webjars.npm:axe-core}) run on the page a browser
 * shows: the script is injected from the test (WebDriver's script evaluation is not subject to the pages'
 * Content-Security-Policy), run on the whole document, and its {@code serious} and {@code critical} violations
 * answered as readable lines (page, rule, impact, help, the elements' selectors and axe's summary of what fails).
 */
public final class Axe {

    /** The impacts that fail a page; {@code minor} and {@code moderate} findings are read, not enforced. */
    private static final List<String> FAILING = List.of("serious", "critical");

    /**
     * Rules switched off, each with its reason. Empty: every finding so far was fixed in the pages. A rule may be
     * added here only for markup the project cannot change (a PrimeFaces internal), and then with the reason.
     */
    public static final Map<String, String> EXCLUDED_RULES = Map.of();

    /**
     * Findings of one rule on one kind of element that the project cannot change (the markup is a library's own), each
     * with its reason: the rule still runs everywhere else. Key: rule id and a part of the element's selector.
     */
    public static final Map<List<String>, String> EXCLUDED_FINDINGS = Map.of(
            List.of("list", "[role=alert]"),
            "PrimeFaces 15 p:messages renders each message as <li role=\"alert\"> in its <ul>, so that a screen reader"
                    + " announces it at once; axe then no longer counts it as a list item (matched on axe's summary)",
            List.of("aria-required-children", ".fc-scrollgrid"),
            "FullCalendar 6 (p:schedule) marks its layout table role=grid with rowgroups of presentation rows",
            List.of("aria-required-children", "tbody[role=\"rowgroup\"]"),
            "FullCalendar 6 (p:schedule): the same layout table's rowgroups",
            List.of("aria-required-children", ".ui-autocomplete-multiple-container"),
            "PrimeFaces 15 p:autoComplete multiple: its token list is a listbox holding the chosen tokens and the input;"
                    + " the input itself is labelled (p:outputLabel for)",
            List.of("listitem", ".ui-autocomplete-input-token"),
            "PrimeFaces 15 p:autoComplete multiple: the input's list item inside that listbox",
            List.of("aria-input-field-name", ".ui-autocomplete-multiple-container"),
            "PrimeFaces 15 p:autoComplete multiple: the token list carries the listbox role without a name; the input in it"
                    + " is named by its label",
            List.of("nested-interactive", "_header"),
            "PrimeFaces 15 p:panel toggleable: its title bar holds the toggle link (named by toggleTitle)");

    private static final String SCRIPT = load();

    private Axe() {}

    /**
     * The serious and critical violations on the page the browser shows now, each as one line starting with
     * {@code page}; empty when there is none.
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser, String page) {
        WebDriver driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        EXCLUDED_RULES.keySet().forEach(rule -> rules.put(rule, Map.of("enabled", false)));
        Object answer = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {rules: arguments[0], resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return {"
                        + "  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,"
                        + "  nodes: v.nodes.map(function (n) { return {"
                        + "    target: n.target.join(' '), impact: n.impact, summary: n.failureSummary}; })};"
                        + "})); })"
                        + ".catch(function (e) { done('axe failed: ' + e); });",
                rules);
        if (answer instanceof String failure) {
            throw new AssertionError(page + ": " + failure);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer) {
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                String impact = String.valueOf(node.get("impact") == null ? v.get("impact") : node.get("impact"));
                String rule = String.valueOf(v.get("id"));
                String target = String.valueOf(node.get("target"));
                String summary = String.valueOf(node.get("summary"));
                boolean excused = EXCLUDED_FINDINGS.keySet().stream()
                        .anyMatch(k ->
                                k.get(0).equals(rule) && (target.contains(k.get(1)) || summary.contains(k.get(1))));
                if (FAILING.contains(impact) && !excused) {
                    found.add(page + ": [" + v.get("id") + ", " + impact + "] " + v.get("help") + " — "
                            + node.get("target") + " — "
                            + String.valueOf(node.get("summary")).replace('\n', ' ') + " (" + v.get("helpUrl")
                            + ")");
                }
            }
        }
        return found;
    }

    /** The version of axe-core in use (from the WebJar's Maven properties). */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String load() {
        try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test class path (org.webjars.npm:axe-core)");
        }
        return in;
    }
}
