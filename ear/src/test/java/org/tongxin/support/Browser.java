package org.tongxin.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests. Where Chromium or its driver is missing the tests
 * are skipped with that reason (never failed); CI installs both.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final List<String> violations = new ArrayList<>();

    private Browser(WebDriver driver) {
        this.driver = driver;
        // an AJAX update replaces the elements a condition reads: a stale element means "look again"
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A fresh browser (new profile, no cookies), or the test is skipped when Chromium is not installed. */
    public static Browser open() {
        Assumptions.assumeFalse(Boolean.getBoolean("tongxin.ui.skip"), "browser tests switched off (-DskipUiITs)");
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--lang=zh-CN");
        // the console, where Chromium reports what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(Api.BASE + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The text of a visible element, read again if an AJAX update replaced the element meanwhile. */
    public String text(By by) {
        return wait.until(d -> {
            WebElement e = d.findElement(by);
            return e.isDisplayed() ? e.getText() : null;
        });
    }

    /**
     * Clicks the element, found again if an AJAX update replaced it between finding and clicking (the click is
     * inside the wait, which ignores a stale element; a stale element was never clicked, so nothing is clicked twice).
     */
    public void click(By by) {
        wait.until(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (e == null) {
                return false;
            }
            e.click();
            return true;
        });
    }

    public void type(By by, String text) {
        WebElement e = find(by);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its label, and waits until the menu shows
     * it (a click that lands while the panel still slides open is tried again). The menu is scrolled to the
     * middle of the window first, as a user would look at it.
     */
    public void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        // WebDriver clicks at the centre of the part of an element inside the viewport and scrolls only an element
        // wholly outside it: a menu cut by the window's lower edge (the outcomes page's department menu, below the
        // list, at the fold of the 1000 px window) was clicked on its 1 px top border, where PrimeFaces does not
        // listen (it opens on a click of the label or the trigger), so its panel never opened. A user scrolls first.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                        driver.findElement(By.cssSelector(css)));
        for (int attempt = 0; attempt < 3; attempt++) {
            // the menu may sit in a dialog still opening: its click is retried until it lands
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                    .until(d -> {
                        d.findElement(By.cssSelector(css)).click();
                        return true;
                    });
            By item = By.cssSelector(css + "_items li[data-label='" + label + "']");
            try {
                click(item);
            } catch (org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.TimeoutException covered) {
                // a long list can open with the option under the page's header, or the panel is still
                // sliding open (not interactable yet), or on an emulated phone the panel's list was not found
                // (PhoneJourneyUiIT's first run; not understood yet): choose it as the widget would
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "var id = arguments[0], label = arguments[1], w = PF('widget_' + id.replace(/:/g, '_'));"
                                        + "var o = Array.from(document.getElementById(id + '_input').options)"
                                        + ".find(function (x) { return x.text === label; });"
                                        + "w.hide(); w.selectValue(o.value);"
                                        // selectValue is silent: the change a user's choice fires (its p:ajax) too
                                        + "if (w.triggerChange) { w.triggerChange(); }"
                                        + " else { $(document.getElementById(id + '_input')).trigger('change'); }",
                                menuId,
                                label);
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> label.equals(
                                d.findElement(By.cssSelector(css + "_label")).getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException retry) {
                // the panel was still opening: try again
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuId);
    }

    private static final By CONFIRM_DIALOG = By.id("confirmForm:confirmDialog");

    /**
     * The message of the layout's confirmation dialog (an irreversible action's p:confirm), once it shows.
     */
    public String confirmation() {
        return text(By.cssSelector("#confirmForm\\:confirmDialog .ui-confirm-dialog-message"));
    }

    /** Answers the confirmation dialog with yes and waits until it has closed (the action then runs). */
    public void confirm() {
        click(By.id("confirmForm:confirmYes"));
        awaitConfirmationClosed();
    }

    /** Answers the confirmation dialog with no and waits until it has closed (nothing happens). */
    public void dismissConfirmation() {
        click(By.id("confirmForm:confirmNo"));
        awaitConfirmationClosed();
    }

    /**
     * Clicks a button that asks for confirmation, and confirms. Waits for the page to have loaded first: under
     * the Content-Security-Policy PrimeFaces attaches a button's handlers (the confirmation among them) by a script
     * when the document is ready, and a non-AJAX button clicked before that submits its form at once (a race a
     * test wins, a person hardly).
     */
    public void clickConfirmed(By by) {
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState;")));
        click(by);
        confirm();
    }

    private void awaitConfirmationClosed() {
        // a confirmed non-AJAX action loads another page, whose dialog is hidden too
        wait.until(d -> d.findElements(CONFIRM_DIALOG).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Waits until PrimeFaces has no AJAX request queued or running. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Waits until no jQuery animation runs (a toggleable panel sliding open moves what is inside it: a click aimed at
     * a button there landed on the text above it in CI on 4 December, StudyHallUiIT's feed panel).
     */
    public void awaitAnimations() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.jQuery || jQuery(':animated').length === 0;")));
    }

    /** Waits until the page shows this text somewhere in its body. */
    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    /**
     * Shows pages in a viewport of {@code width}×{@code height} CSS pixels, as a desk (1366×900) or a phone (390×844,
     * emulated as a mobile device below 600 pixels) would; screenshots then show exactly that.
     */
    public void viewport(int width, int height) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of(
                                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Shows pages as a phone does (390×844, {@link #viewport}) and waits until the page is laid out at that width. The
     * layout viewport ({@code document.documentElement.clientWidth}) is the measure: an emulated phone widens
     * {@code window.innerWidth} to the content when the content is wider, which is what {@link #sidewaysOverflow} finds.
     */
    public void phone() {
        viewport(390, 844);
        waitFor(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.documentElement.clientWidth;"))
                        .intValue()
                == 390);
    }

    /** How many CSS pixels the page is wider than its layout viewport (0: nothing scrolls sideways). */
    public long sidewaysOverflow() {
        Object px = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.max(0, document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth);");
        return ((Number) px).longValue();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for looking at a journey. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(
                    file,
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * What the Content-Security-Policy blocked in this browser so far: the console messages of Chromium
     * that name the policy (an inline script or handler, eval, a resource from elsewhere).
     */
    public List<String> cspViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        return List.copyOf(violations);
    }

    /** Forgets the violations seen so far (a test that provokes one on purpose). */
    public void forgetCspViolations() {
        cspViolations();
        violations.clear();
    }

    /**
     * Keeps a picture of the last page (target/screenshots/last-N.png), then quits; fails the test when
     * the Content-Security-Policy blocked anything on the pages it visited (every browser test checks it).
     */
    @Override
    public void close() {
        List<String> blocked;
        try {
            screenshot("last-" + System.currentTimeMillis());
        } catch (RuntimeException e) {
            // the picture is a help for reading a failure, never a failure itself
        }
        try {
            blocked = cspViolations();
        } finally {
            driver.quit();
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("the Content-Security-Policy blocked something: " + blocked);
        }
    }
}
