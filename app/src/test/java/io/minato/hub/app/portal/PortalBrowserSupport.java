package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portal's browser tests in Debian's headless Chromium: one browser per test class, a fresh session
 * per test, a screenshot of every step kept in {@code target/browser-screenshots}. Without chromium and
 * chromium-driver (installed by {@code src/test/browser/ensure-chromium.sh} in pre-integration-test when
 * run as root) the tests skip.
 */
abstract class PortalBrowserSupport extends HubIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

    static ChromeDriver browser;

    /** A failed test leaves the page it failed on, as a screenshot and as HTML, beside the others. */
    @RegisterExtension
    static final TestWatcher KEEP_FAILED_PAGE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            String name = "FAILED-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: install Debian's chromium"
                + " (app/src/test/browser/ensure-chromium.sh as root); browser tests skipped");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is missing: install Debian's chromium-driver"
                + " (app/src/test/browser/ensure-chromium.sh as root); browser tests skipped");
        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root in a container has no sandbox; /dev/shm is small there
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--lang=ja");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void freshSession() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    /** Registers a person of the company through the operator's API, with {@link PlatformFixtures#PASSWORD}. */
    void register(String company, String login, boolean administrator, boolean mustChangePassword) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("displayName", administrator ? "港 太郎" : "外部 花子");
        body.put("password", PlatformFixtures.PASSWORD);
        body.put("partyCode", company);
        body.put("administrator", administrator);
        body.put("mustChangePassword", mustChangePassword);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/platform-users", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("register %s: %s", login, answer.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /** Logs in on the login form the browser shows now. */
    void logIn(String login, String password) {
        waitFor(By.id("login-form"));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    /** Ends the browser's session and logs in as someone else, landing on {@code path}. */
    void switchTo(String login, String password, String path) {
        browser.manage().deleteAllCookies();
        open(path);
        logIn(login, password);
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    static void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    static String text(By element) {
        waitFor(element);
        return browser.findElement(element).getText();
    }

    static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
