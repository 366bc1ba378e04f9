package org.hotspot.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through {@code /usr/bin/chromedriver}: what a customer's
 * phone does with a page, run from JUnit. Each browser has a fresh profile under {@code target/}
 * (no cookie or cache from another test), a 360 x 740 viewport (a cheap phone), and the
 * Accept-Language it was started with. Nothing is downloaded: the driver and the browser are
 * given, so Selenium Manager never runs ({@code SE_OFFLINE} is set as well, in case it would).
 * {@code .ci/run} installs {@code chromium} and {@code chromium-driver}.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start("ar")) {
 *     browser.open(portal + "/portal?router=" + routerId);
 *     browser.screenshot("login-ar");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    /** Debian's Chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's chromedriver, of the same version as its Chromium. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: the module's {@code target/screenshots/} (tests run in the module's folder). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A cheap phone's viewport, in CSS pixels. */
    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser asking for English pages. */
    public static Browser start() {
        return start("en");
    }

    /**
     * A browser whose Accept-Language is {@code language} (e.g. {@code ar} or {@code fa,en;q=0.5}).
     *
     * @throws IllegalStateException if Chromium or chromedriver is not installed
     */
    public static Browser start(String language) {
        return start(language, true);
    }

    /**
     * As {@link #start(String)}, with the pages' JavaScript off (Chromium's content setting), as a
     * captive-network mini browser or a phone with scripts disabled has it. The driver still works:
     * the setting stops the pages' scripts, not the driver's.
     */
    public static Browser startWithoutJavaScript(String language) {
        return start(language, false);
    }

    private static Browser start(String language, boolean javaScript) {
        for (Path required : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(
                        required + " is missing: install Debian's chromium and chromium-driver");
            }
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + freshProfile(), "--lang=" + language.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options)).resize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** Selenium's driver, for what this class does not offer. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens the URL and waits for the page to load. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** The page's URL now. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Sets the viewport, as a phone of that size in CSS pixels shows it (e.g. 320 wide to check a
     * page reflows). Through DevTools' device metrics, because headless Chromium will not make a
     * window narrower than 500 pixels.
     */
    public Browser resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 2, "mobile", true));
        return this;
    }

    /** The element matching the CSS selector, waited for up to 15 s (pages may still be redirecting). */
    public WebElement await(String css) {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Whether an element matches the CSS selector on the page as it is now. */
    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits until the URL contains {@code part}; the URL. */
    public String awaitUrlContaining(String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
        return driver.getCurrentUrl();
    }

    /** The visible text of the element, once shown. */
    public String text(String css) {
        return await(css).getText();
    }

    /** Types into the element, once shown. */
    public Browser type(String css, String text) {
        await(css).sendKeys(text);
        return this;
    }

    /** Clicks the element, once shown. */
    public Browser click(String css) {
        await(css).click();
        return this;
    }

    /** The value of an attribute of the page's root element, e.g. {@code dir} or {@code lang}. */
    public String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getDomAttribute(name);
    }

    /** Runs a script in the page; its result as Selenium converts it. */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * What the page now loaded weighs, by the browser's Resource Timing: the document and every
     * resource it loaded, bytes on the wire after compression ({@code encodedBodySize}) and after
     * decompression ({@code decodedBodySize}).
     */
    public PageWeight pageWeight() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => ({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize}));""");
        return PageWeight.of(entries);
    }

    /** A PNG of the window at {@code target/screenshots/<name>.png}; its path. */
    public Path screenshot(String name) {
        return screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    /** A PNG of the window at {@code file}; its path. */
    public Path screenshot(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String freshProfile() {
        try {
            Path profiles = Files.createDirectories(Path.of("target", "chromium-profiles"));
            File profile = Files.createTempDirectory(profiles, "profile-").toFile();
            return profile.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
