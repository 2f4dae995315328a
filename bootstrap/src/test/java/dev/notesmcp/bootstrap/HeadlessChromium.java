package dev.notesmcp.bootstrap;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Chromium, headless, driven through chromedriver: Debian's {@code chromium} and
 * {@code chromium-driver} at their usual paths (or {@code -Dchromium.binary} /
 * {@code -Dchromedriver.binary}). Missing binaries fail the test with how to install them; the
 * driver is given explicitly so Selenium Manager never looks for one on the network. Each instance
 * has a fresh profile, deleted on {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    /** How long a step may take before the test gives up: a guard against hanging, never an assertion. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    static HeadlessChromium start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // No sandbox (CI runs as root), and nothing that would reach the network by itself.
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new HeadlessChromium(service, driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI url) {
        driver.get(url.toString());
    }

    /** The element, once the current page has it. */
    WebElement await(By locator) {
        return patiently("an element " + locator).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The URL of the page the browser lands on next whose address starts with {@code prefix}. */
    URI awaitUrlStartingWith(String prefix) {
        patiently("a page under " + prefix).until(browser -> browser.getCurrentUrl().startsWith(prefix));
        return URI.create(driver.getCurrentUrl());
    }

    /** The URL of the page the browser goes to from {@code page} (which navigates by itself). */
    URI awaitUrlLeaving(URI page) {
        patiently("a page other than " + page).until(browser -> !browser.getCurrentUrl().equals(page.toString()));
        return URI.create(driver.getCurrentUrl());
    }

    /** Waits until a script run in the current page returns {@code true}. */
    void awaitScript(String description, String booleanScript) {
        patiently(description).until(browser -> Boolean.TRUE.equals(script(booleanScript)));
    }

    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The HTTP status the current document was served with (Navigation Timing's {@code responseStatus}). */
    long documentStatus() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus;")).longValue();
    }

    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Cookies of every site, other tabs, the current page: a test starts as a person who never came. */
    void forgetEverything() {
        String first = driver.getWindowHandles().iterator().next();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(first)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private WebDriverWait patiently(String what) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.withMessage(() -> "waited in vain for " + what + "; the browser is at " + driver.getCurrentUrl()
                + " showing " + driver.getPageSource());
        return wait;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static void requireExecutable(Path binary, String debianPackage) {
        if (!Files.isExecutable(binary)) {
            throw new AssertionError("The browser tests need Chromium and chromedriver, and " + binary + " ("
                    + debianPackage + ") is missing. Install them with `apt-get install chromium chromium-driver`"
                    + " (Debian; .ci/run does it), or point -Dchromium.binary and -Dchromedriver.binary at a"
                    + " Chromium and the chromedriver of the same version.");
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("notes-mcp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
