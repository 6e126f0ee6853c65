package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portal in Debian's headless Chromium, as a Japanese port company's administrator uses it:
 * first login with an initial password, its change, finding a deal, editing its shipping instruction
 * and seeing the change on the deal's timeline; then English. A screenshot of every step is kept in
 * {@code target/browser-screenshots}. Without chromium and chromium-driver (installed by
 * {@code src/test/browser/ensure-chromium.sh} in pre-integration-test when run as root) it skips.
 */
class PortalBrowserIT extends HubIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
    private static final String NEW_PASSWORD = "minato-new-password-7";

    private static ChromeDriver browser;

    @LocalServerPort
    private int port;
    @Autowired
    private ObjectMapper json;

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
        }
    }

    @BeforeEach
    void freshSession() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void administratorChangesFirstPasswordFindsDealEditsShippingInstructionAndSeesItOnTheTimeline() throws IOException {
        String company = PlatformFixtures.company(http, "PB", BusinessType.SHIPPER);
        TestRestTemplate colleague = PlatformFixtures.user(http, company);
        JsonNode deal = dealWithShippingInstruction(colleague);
        String login = "admin-" + company.toLowerCase();
        registerAdministratorWithInitialPassword(company, login);

        open("/deals");
        waitFor(By.id("login-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ログイン");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("ログインID");
        assertThat(browser.findElement(By.id("login-submit")).getText()).isEqualTo("ログイン");
        screenshot("01-login");

        logIn(login, PlatformFixtures.PASSWORD);
        waitFor(By.id("password-form"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("初回パスワード変更");
        assertThat(browser.findElement(By.id("password-login")).getAttribute("value")).isEqualTo(login);
        screenshot("02-first-password");

        browser.findElement(By.id("currentPassword")).sendKeys(PlatformFixtures.PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("password-submit")).click();
        waitFor(By.id("deal-search"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("取引一覧");
        assertThat(browser.findElement(By.id("current-user")).getText()).contains(company);
        screenshot("03-deals");

        String number = deal.get("number").asText();
        browser.findElement(By.id("search-dealNo")).sendKeys(number);
        browser.findElement(By.id("search-submit")).click();
        waitFor(By.id("deal-table"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#deal-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(number, "輸出");
        screenshot("04-search");

        rows.get(0).findElement(By.className("deal-link")).click();
        waitFor(By.id("deal-title"));
        assertThat(browser.findElement(By.id("deal-title")).getText()).isEqualTo("取引 " + number);
        assertThat(browser.findElement(By.id("document-table")).getText()).contains("UL040", "船積依頼書 (S/I)", "下書き");
        assertThat(browser.findElement(By.id("participant-table")).getText()).contains(company, "SHIPPER");
        assertThat(browser.findElement(By.id("timeline-table")).getText()).contains("取引作成", "帳票作成");
        screenshot("05-deal");

        browser.findElement(By.className("document-link")).click();
        waitFor(By.id("document-view"));
        assertThat(browser.findElement(By.id("view-vesselName")).getText()).isEqualTo("ONE HARMONY");
        assertThat(browser.findElement(By.id("document-view")).getText()).contains("本船名", "荷主", "横浜商事株式会社");
        screenshot("06-document");

        browser.findElement(By.id("edit-document")).click();
        waitFor(By.id("document-form"));
        WebElement vessel = browser.findElement(By.id("f-vesselName"));
        assertThat(browser.findElement(By.cssSelector("label[for=f-vesselName]")).getText()).isEqualTo("本船名");
        vessel.clear();
        vessel.sendKeys("MINATO PIONEER");
        screenshot("07-edit");
        browser.findElement(By.id("save-document")).click();

        waitFor(By.id("saved-notice"));
        assertThat(browser.findElement(By.id("saved-notice")).getText()).isEqualTo("保存しました。");
        assertThat(browser.findElement(By.id("view-vesselName")).getText()).isEqualTo("MINATO PIONEER");
        assertThat(browser.findElement(By.id("document-version")).getText()).isEqualTo("2");
        // the rest of the S/I survived the round trip through the form
        assertThat(browser.findElement(By.id("view-goods[1].packages")).getText()).isEqualTo("30");
        assertThat(browser.findElement(By.id("view-shipper.address[0]")).getText()).isEqualTo("横浜市中区海岸通1-1");
        screenshot("08-saved");

        browser.findElement(By.id("back-to-deal")).click();
        waitFor(By.id("timeline-table"));
        WebElement newest = browser.findElements(By.cssSelector("#timeline-table tbody tr")).get(0);
        assertThat(newest.getText()).contains("帳票更新", "UL040", login);
        screenshot("09-timeline");

        browser.findElement(By.id("switch-language")).click();
        waitFor(By.id("timeline-table"));
        assertThat(browser.findElement(By.id("deal-title")).getText()).isEqualTo("Deal " + number);
        assertThat(browser.findElement(By.id("timeline-table")).getText()).contains("Document updated", "Deal created");
        assertThat(browser.findElement(By.id("document-table")).getText()).contains("Shipping instruction", "Draft");
        assertThat(browser.findElement(By.id("nav-deals")).getText()).isEqualTo("Deals");
        screenshot("10-english");

        open("/deals");
        waitFor(By.id("deal-search"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the language sticks (cookie)").isEqualTo("Deals");

        JsonNode stored = colleague.getForObject("/api/v1/deals/" + deal.get("id").asLong() + "/documents/"
                + deal.get("documentId").asLong(), JsonNode.class);
        assertThat(stored.at("/fields/vesselName").asText()).isEqualTo("MINATO PIONEER");
        assertThat(stored.at("/fields/goods/0/grossWeightKg").decimalValue()).isEqualByComparingTo("2400.5");
    }

    @Test
    void anotherCompanysUserDoesNotFindTheDeal() throws IOException {
        String owner = PlatformFixtures.company(http, "PO", BusinessType.SHIPPER);
        JsonNode deal = dealWithShippingInstruction(PlatformFixtures.user(http, owner));
        String other = PlatformFixtures.company(http, "PX", BusinessType.FORWARDER);
        String outsider = "user-" + other.toLowerCase();
        register(other, outsider, false, false);

        open("/login");
        logIn(outsider, PlatformFixtures.PASSWORD);
        waitFor(By.id("deal-search"));
        browser.findElement(By.id("search-dealNo")).sendKeys(deal.get("number").asText());
        browser.findElement(By.id("search-submit")).click();
        waitFor(By.id("no-deals"));
        assertThat(browser.findElement(By.id("no-deals")).getText()).isEqualTo("該当する取引はありません。");
        assertThat(browser.findElements(By.id("deal-table"))).isEmpty();
        screenshot("11-other-company-search");

        open("/deals/" + deal.get("id").asLong());
        waitFor(By.id("error-message"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404");
        assertThat(browser.findElements(By.id("document-table"))).isEmpty();
        screenshot("12-other-company-deal");
    }

    @Test
    void invalidFieldsAndAStaleVersionAreExplainedNextToTheForm() throws IOException {
        String company = PlatformFixtures.company(http, "PV", BusinessType.FORWARDER);
        TestRestTemplate colleague = PlatformFixtures.user(http, company);
        JsonNode deal = dealWithShippingInstruction(colleague);
        String login = "editor-" + company.toLowerCase();
        register(company, login, false, false);
        String edit = "/deals/" + deal.get("id").asLong() + "/documents/" + deal.get("documentId").asLong() + "/edit";

        open(edit);
        logIn(login, PlatformFixtures.PASSWORD);
        waitFor(By.id("document-form"));
        browser.findElement(By.id("f-vesselName")).clear();
        browser.findElement(By.id("f-portOfLoading")).clear();
        browser.findElement(By.id("f-portOfLoading")).sendKeys("YOKOHAMA");
        browser.findElement(By.id("save-document")).click();
        waitFor(By.id("problems"));
        assertThat(browser.findElement(By.id("problems")).getText()).contains("vesselName", "portOfLoading");
        assertThat(browser.findElement(By.cssSelector(".field.invalid #f-portOfLoading")).getAttribute("value"))
                .as("what the user typed stays").isEqualTo("YOKOHAMA");
        screenshot("13-invalid-fields");

        open(edit);
        waitFor(By.id("document-form"));
        JsonNode current = colleague.getForObject("/api/v1/deals/" + deal.get("id").asLong() + "/documents/"
                + deal.get("documentId").asLong(), JsonNode.class);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("_etag", current.get("etag").asText());
        update.put("fields", ((com.fasterxml.jackson.databind.node.ObjectNode) current.get("fields").deepCopy())
                .put("voyageNo", "099W"));
        colleague.put("/api/v1/deals/" + deal.get("id").asLong() + "/documents/" + deal.get("documentId").asLong(), update);
        browser.findElement(By.id("f-vesselName")).clear();
        browser.findElement(By.id("f-vesselName")).sendKeys("TOO LATE");
        browser.findElement(By.id("save-document")).click();
        waitFor(By.id("conflict"));
        assertThat(browser.findElement(By.id("conflict")).getText()).contains("他の利用者が更新しました");
        screenshot("14-conflict");
        browser.findElement(By.id("conflict-reload")).click();
        waitFor(By.id("document-form"));
        assertThat(browser.findElement(By.id("f-voyageNo")).getAttribute("value")).isEqualTo("099W");
        assertThat(browser.findElement(By.id("f-vesselName")).getAttribute("value")).isEqualTo("ONE HARMONY");
    }

    /** A deal with a UL040 created through the API; answers the deal with {@code documentId} added. */
    private JsonNode dealWithShippingInstruction(TestRestTemplate as) throws IOException {
        long dealId = PlatformFixtures.deal(as, "EXPORT");
        JsonNode request;
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            request = json.readTree(in);
        }
        ResponseEntity<JsonNode> document = as.postForEntity("/api/v1/deals/" + dealId + "/documents", request,
                JsonNode.class);
        assertThat(document.getStatusCode()).as("create UL040: %s", document.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode deal = as.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        return ((com.fasterxml.jackson.databind.node.ObjectNode) deal).put("documentId", document.getBody().get("id").asLong());
    }

    private void registerAdministratorWithInitialPassword(String company, String login) {
        register(company, login, true, true);
    }

    private void register(String company, String login, boolean administrator, boolean mustChangePassword) {
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

    private void logIn(String login, String password) {
        waitFor(By.id("login-form"));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
