package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portal in Debian's headless Chromium, as a Japanese port company's administrator uses it:
 * first login with an initial password, its change, finding a deal, editing its shipping instruction
 * and seeing the change on the deal's timeline; then English. Then a deal's work between companies:
 * messages (one restricted to a partner), a task, an attachment, a document restricted to one partner,
 * and the operator's resend of an outbound interchange.
 */
class PortalBrowserIT extends PortalBrowserSupport {

    private static final String NEW_PASSWORD = "minato-new-password-7";

    @Autowired
    private ObjectMapper json;
    @Autowired
    private WireMessageStore wireMessages;

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

    @Test
    void partnersTalkOnADealShareAnAttachmentAndSeeOnlyWhatIsTheirs() throws IOException, InterruptedException {
        String shipper = PlatformFixtures.company(http, "PMS", BusinessType.SHIPPER);
        String forwarder = PlatformFixtures.company(http, "PMF", BusinessType.FORWARDER);
        String carrier = PlatformFixtures.company(http, "PMC", BusinessType.OCEAN_CARRIER);
        String shipperLogin = "staff-" + shipper.toLowerCase();
        String forwarderLogin = "staff-" + forwarder.toLowerCase();
        String carrierLogin = "staff-" + carrier.toLowerCase();
        register(shipper, shipperLogin, false, false);
        register(forwarder, forwarderLogin, false, false);
        register(carrier, carrierLogin, false, false);
        TestRestTemplate shipperApi = http.withBasicAuth(shipperLogin, PlatformFixtures.PASSWORD);
        JsonNode deal = dealWithShippingInstruction(shipperApi);
        long dealId = deal.get("id").asLong();
        PlatformFixtures.invited(shipperApi, dealId, forwarder, BusinessType.FORWARDER);
        PlatformFixtures.invited(shipperApi, dealId, carrier, BusinessType.OCEAN_CARRIER);
        JsonNode restricted = restrictedBookingRequest(shipperApi, dealId, forwarder);

        open("/deals/" + dealId);
        logIn(shipperLogin, PlatformFixtures.PASSWORD);
        waitFor(By.id("message-form"));
        assertThat(browser.findElements(By.id("message-table"))).isEmpty();
        browser.findElement(By.id("message-text")).sendKeys("本船の搬入締切を確認してください");
        browser.findElement(By.id("visible-" + forwarder)).click();
        browser.findElement(By.id("message-submit")).click();
        assertThat(text(By.id("message-notice"))).isEqualTo("メッセージを投稿しました。");
        browser.findElement(By.id("message-text")).sendKeys("S/I を登録しました");
        browser.findElement(By.id("message-submit")).click();
        waitFor(By.id("message-notice"));
        List<WebElement> messages = browser.findElements(By.cssSelector("#message-table tbody tr"));
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getText()).contains("S/I を登録しました", "全参加企業");
        assertThat(messages.get(1).getText()).contains("本船の搬入締切を確認してください", "限定公開", forwarder);

        browser.findElement(By.cssSelector("#tasks summary")).click();
        browser.findElement(By.id("task-title")).sendKeys("VGM を提出してください");
        new Select(browser.findElement(By.id("task-assignee"))).selectByValue(forwarder);
        browser.findElement(By.id("task-submit")).click();
        assertThat(text(By.id("task-notice"))).isEqualTo("タスクを追加しました。");
        assertThat(text(By.id("task-table"))).contains("VGM を提出してください", forwarder, "未完了");
        screenshot("15-deal-messages-tasks");

        browser.findElement(By.cssSelector("tr[data-document-type=UL040] .document-link")).click();
        waitFor(By.id("attachment-form"));
        assertThat(text(By.id("no-attachments"))).isEqualTo("添付ファイルはありません。");
        assertThat(text(By.id("attachment-form"))).contains("1帳票につき 10 件、1件 10 MB まで");
        byte[] png = png();
        browser.findElement(By.id("attachment-file")).sendKeys(file("船積写真.png", png).toString());
        browser.findElement(By.id("attachment-submit")).click();
        assertThat(text(By.id("attachment-notice"))).isEqualTo("ファイルを添付しました。");
        WebElement attachment = browser.findElement(By.cssSelector("#attachment-table tbody tr"));
        assertThat(attachment.getText()).contains("船積写真.png", "image/png", png.length + " B", shipperLogin);
        assertThat(download(attachment.findElement(By.className("attachment-link")).getDomProperty("href")))
                .as("the file comes back as it went").isEqualTo(png);
        assertThat(text(By.id("attachment-count"))).isEqualTo("添付 1 / 10 件");

        browser.findElement(By.id("attachment-file")).sendKeys(
                file("請求書.png", "これは画像ではありません".getBytes(StandardCharsets.UTF_8)).toString());
        browser.findElement(By.id("attachment-submit")).click();
        assertThat(text(By.id("attachment-error"))).as("refused by content, in Japanese")
                .contains("このファイルの内容は", "添付できる形式は");
        assertThat(browser.findElements(By.cssSelector("#attachment-table tbody tr"))).hasSize(1);
        screenshot("16-attachments");

        switchTo(carrierLogin, PlatformFixtures.PASSWORD, "/deals/" + dealId);
        waitFor(By.id("document-table"));
        assertThat(text(By.id("document-table"))).as("UL010 is restricted to the forwarder")
                .contains("UL040").doesNotContain("UL010");
        assertThat(browser.findElements(By.cssSelector("tr[data-document-id='" + restricted.get("id").asLong() + "']")))
                .isEmpty();
        assertThat(text(By.id("message-table"))).contains("S/I を登録しました")
                .doesNotContain("本船の搬入締切を確認してください");
        assertThat(browser.findElements(By.className("task-done"))).as("neither assignee nor creator").isEmpty();
        screenshot("17-carrier-deal");
        open("/deals/" + dealId + "/documents/" + restricted.get("id").asLong());
        assertThat(text(By.tagName("h1"))).contains("404");
        open("/deals/" + dealId + "/documents/" + deal.get("documentId").asLong());
        waitFor(By.id("attachment-table"));
        assertThat(text(By.id("attachment-table"))).as("the carrier reads S/Is and their attachments")
                .contains("船積写真.png");
        assertThat(browser.findElements(By.id("attachment-form"))).as("but may not attach").isEmpty();

        switchTo(forwarderLogin, PlatformFixtures.PASSWORD, "/deals/" + dealId);
        waitFor(By.id("document-table"));
        assertThat(text(By.id("document-table"))).contains("UL040", "UL010");
        assertThat(text(By.id("message-table"))).contains("本船の搬入締切を確認してください", "S/I を登録しました");
        browser.findElement(By.className("task-done")).click();
        assertThat(text(By.id("task-notice"))).isEqualTo("タスクを完了にしました。");
        assertThat(text(By.cssSelector("#task-table .task-status"))).isEqualTo("完了");
        screenshot("18-forwarder-deal");
    }

    @Test
    void theOperatorResendsAFailedInterchangeAndSeesItSent() throws IOException {
        String company = PlatformFixtures.company(http, "PRS", BusinessType.SHIPPER);
        String login = "staff-" + company.toLowerCase();
        register(company, login, false, false);
        long dealId = PlatformFixtures.deal(http.withBasicAuth(login, PlatformFixtures.PASSWORD), "EXPORT");
        String partner = "RSND" + System.nanoTime() % 1_000_000;
        long id = wireMessages.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.OUT, partner,
                "application/EDIFACT", null, "UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+X:ZZZ+240101:0900+77'UNZ+0+77'"
                .getBytes(StandardCharsets.ISO_8859_1), Map.of("interchangeRef", "77")));
        wireMessages.markProcessed(id, dealId, null);
        wireMessages.markFailed(id, "partner folder was not writable");

        open("/deals/" + dealId);
        logIn(login, PlatformFixtures.PASSWORD);
        waitFor(By.id("wire-table"));
        assertThat(browser.findElements(By.className("wire-resend"))).as("resending is the operator's").isEmpty();

        switchTo(OPERATOR, OPERATOR_PASSWORD, "/deals/" + dealId);
        By row = By.cssSelector("#wire-table tr[data-wire-id='" + id + "']");
        waitFor(row);
        assertThat(browser.findElement(row).findElement(By.className("wire-status")).getText()).isEqualTo("FAILED");
        browser.findElement(row).findElement(By.className("wire-resend")).click();
        assertThat(text(By.id("wire-notice"))).contains("メッセージ " + id + " の再送を受け付けました");
        screenshot("19-resend");

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(outbox(partner))
                && Files.list(outbox(partner)).findAny().isPresent());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.findElement(By.id("wire-refresh")).click();
            waitFor(row);
            assertThat(browser.findElement(row).findElement(By.className("wire-status")).getText()).isEqualTo("SENT");
        });
        assertThat(browser.findElement(row).findElement(By.className("wire-attempts")).getText()).isEqualTo("1");
        screenshot("20-resent");
    }

    private static Path outbox(String partner) {
        return DATA_DIR.resolve("outbox/edifact").resolve(partner);
    }

    /** A UL010 the shipper restricts to one partner (限定公開). */
    private JsonNode restrictedBookingRequest(TestRestTemplate as, long dealId, String visibleTo) throws IOException {
        ObjectNode request;
        try (InputStream in = getClass().getResourceAsStream("/api/booking-request.json")) {
            request = (ObjectNode) json.readTree(in);
        }
        request.putArray("restrictedTo").add(visibleTo);
        ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/" + dealId + "/documents", request,
                JsonNode.class);
        assertThat(created.getStatusCode()).as("create UL010: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    /** A small real PNG, drawn by ImageIO. */
    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(12, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0x0b5cad);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("portal-upload").resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    /** Fetches a link of the page with the browser's session, as a click would. */
    private static byte[] download(String url) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        return response.body();
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
}
