package org.factiongraph.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (Selenium Manager off: nothing is downloaded).
 * Tests that use it are skipped where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final List<String> console = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver);"
                        + " install them with: apt-get install -y chromium chromium-driver");
    }

    static Browser open() throws IOException {
        assumeAvailable();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        Path profile = Files.createTempDirectory("fg-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, o), profile);
    }

    /** Browser console messages so far (accumulated across calls). */
    List<String> console() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(e.getLevel() + " " + e.getMessage());
        }
        return console;
    }

    /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path out = dir.resolve(name + ".png");
        Files.copy(f.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }

    static Map<String, Object> map(Object o) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        return m;
    }

    /** Logs in through the header's form and waits until the header shows the user and role. */
    void logIn(String name, String password, String role) {
        org.openqa.selenium.WebElement box = wait.until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("login-name")));
        box.clear();
        box.sendKeys(name);
        driver.findElement(org.openqa.selenium.By.id("login-password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                org.openqa.selenium.By.id("whoami"), name + " (" + role + ")"));
    }

    /** Fails when the page's console reports a Content-Security-Policy violation. */
    void assertNoCspViolation() {
        for (String line : console()) {
            if (line.contains("Content Security Policy") || line.contains("Refused to")) {
                throw new AssertionError("CSP violation: " + line);
            }
        }
    }
}
