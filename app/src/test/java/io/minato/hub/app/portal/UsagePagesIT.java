package io.minato.hub.app.portal;

import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 利用実績・利用料金 in the portal: a company's administrator (logged in through the login form, with its
 * session and CSRF token, as a browser is) sees its month, deal by deal, in Japanese and English, its
 * fiscal year and the CSV; a plain user is refused; the operator picks the company first.
 */
class UsagePagesIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theAdministratorSeesItsMonthDealByDealItsFiscalYearAndTheCsv() throws Exception {
        String code = company(http, "PU", BusinessType.FORWARDER);
        String login = register(code, true);
        TestRestTemplate admin = http.withBasicAuth(login, PlatformFixtures.PASSWORD);
        long worked = deal(admin, "EXPORT");
        long siId = shippingInstruction(admin, worked);
        assertThat(admin.getForEntity("/api/v1/deals/{d}/documents/{id}", JsonNode.class, worked, siId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long talkedOnly = deal(admin, "EXPORT");
        assertThat(admin.postForEntity("/api/v1/deals/{d}/messages", Map.of("text", "搬入予定を教えてください"),
                JsonNode.class, talkedOnly).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        PortalSession portal = logIn(login);
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Tokyo"));

        HttpResponse<String> page = portal.get("/admin/usage");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(element(html, "usage-month")).isEqualTo(now.toString());
        assertThat(element(html, "usage-fee")).isEqualTo("0 円");
        assertThat(element(html, "usage-basis")).contains("課金対象の取引が 0 件", "0 円");
        assertThat(html).contains("<progress id=\"allowance-bar\" max=\"100\" value=\"1\">");
        assertThat(row(html, "counted-" + worked))
                .contains("href=\"/deals/" + worked + "\"", "登録", "API", "UL040 船積依頼書 (S/I)", "無料枠 #1");
        assertThat(row(html, "excluded-" + talkedOnly))
                .contains("href=\"/deals/" + talkedOnly + "\"", "メッセージ・チャット・各種設定のみの利用")
                .doesNotContain("only messages");
        assertThat(html).doesNotContain("excluded-" + worked).doesNotContain("counted-" + talkedOnly);

        String english = portal.get("/admin/usage?lang=en").body();
        assertThat(element(english, "usage-fee")).isEqualTo("0 JPY");
        assertThat(row(english, "counted-" + worked)).contains("Register", "Shipping instruction", "Allowance #1");
        assertThat(row(english, "excluded-" + talkedOnly)).contains("only messages, chat or settings")
                .doesNotContain("メッセージ");

        String csvLink = attribute(html, "usage-csv", "href").replace("&amp;", "&");
        assertThat(csvLink).startsWith("/admin/usage/" + now + ".csv");
        HttpResponse<String> csv = portal.get(csvLink);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("usage-" + code + "-" + now + ".csv"));
        assertThat(csv.body()).startsWith("\uFEFFmonth,dealNo,dealId,result");
        assertThat(csv.body().lines().filter(line -> line.contains("," + worked + ",")))
                .singleElement().asString().contains("ALLOWANCE", "REGISTER", "UL040");
        assertThat(csv.body().lines().filter(line -> line.contains("," + talkedOnly + ",")))
                .singleElement().asString().contains("EXCLUDED", "NOT_A_DOCUMENT_OPERATION");
        // the portal's CSV is the API's, byte for byte
        assertThat(admin.getForObject("/api/v1/usage/{c}/{m}.csv", byte[].class, code, now))
                .isEqualTo(csv.body().getBytes(StandardCharsets.UTF_8));

        int fiscalYear = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        String yearLink = attribute(html, "fiscal-year-link", "href").replace("&amp;", "&");
        HttpResponse<String> year = portal.get(yearLink + "&lang=ja");
        assertThat(year.statusCode()).as(year.body()).isEqualTo(200);
        assertThat(year.body()).contains(fiscalYear + "年度 利用料金");
        assertThat(Pattern.compile("<tr id=\"month-").matcher(year.body()).results().count()).isEqualTo(12);
        assertThat(row(year.body(), "month-" + now)).contains("0 円", "課金対象の取引が 0 件");
        assertThat(element(year.body(), "fiscal-year-total")).isEqualTo("0 円");
        assertThat(element(year.body(), "invoice-date")).isEqualTo((fiscalYear + 1) + "-05-25");
        assertThat(element(year.body(), "due-date")).isEqualTo((fiscalYear + 1) + "-06-14");

        assertThat(portal.get("/admin").body()).contains("href=\"/admin/usage\"", "利用実績・利用料金");
    }

    @Test
    void aMonthWithAReductionShowsTheReductionAndItsReasonInThePagesLanguage() throws Exception {
        // a system vendor that is not API-only (those may not use the portal), billed for its production key
        String code = company(http, "PR", BusinessType.SYSTEM_VENDOR, BusinessType.FORWARDER);
        assertThat(http.postForEntity("/api/v1/companies/{c}/api-keys", Map.of("name", "本番", "environment", "PRODUCTION"),
                JsonNode.class, code).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        Map<String, Object> reduction = new LinkedHashMap<>();
        reduction.put("company", code);
        reduction.put("from", now.toString());
        reduction.put("kind", "PERCENT");
        reduction.put("percent", 50);
        reduction.put("reasonJa", "台風による港湾閉鎖");
        reduction.put("reasonEn", "port closed by a typhoon");
        assertThat(http.postForEntity("/api/v1/fee-reductions", reduction, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        PortalSession portal = logIn(register(code, true));

        String html = portal.get("/admin/usage").body();
        assertThat(element(html, "usage-fee")).isEqualTo("3,300 円");
        assertThat(element(html, "usage-reduction")).isEqualTo("−3,300 円（減額前 6,600 円）");
        assertThat(element(html, "usage-reduction-reason")).isEqualTo("理由：台風による港湾閉鎖");
        String english = portal.get("/admin/usage?lang=en").body();
        assertThat(element(english, "usage-reduction-reason")).isEqualTo("Reason: port closed by a typhoon");

        int fiscalYear = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        String year = portal.get("/admin/usage/fiscal-years/" + fiscalYear + "?lang=ja").body();
        assertThat(row(year, "month-" + now)).contains("3,300 円", "50 % 減額", "台風による港湾閉鎖");
    }

    @Test
    void aPlainUserIsRefusedAndTheOperatorPicksTheCompany() throws Exception {
        String code = company(http, "PV", BusinessType.SHIPPER);
        PortalSession user = logIn(register(code, false));
        HttpResponse<String> refused = user.get("/admin/usage");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("管理できるのは同社の管理者と運営者だけです");
        assertThat(user.get("/admin/usage/2026-05.csv").statusCode()).isEqualTo(403);
        assertThat(user.get("/admin/usage/fiscal-years/2026").statusCode()).isEqualTo(403);

        PortalSession operator = logIn(OPERATOR, OPERATOR_PASSWORD);
        String picker = operator.get("/admin/usage").body();
        // the operator acts for no company: the picker (platform members; tested with CompanyAdminPages) comes first
        assertThat(picker).contains("<h1>利用実績・利用料金</h1>", "管理する企業を選んでください。");
        HttpResponse<String> chosen = operator.get("/admin/usage?company=" + code + "&month=2026-04");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(element(chosen.body(), "managed-company")).contains(code);
        assertThat(element(chosen.body(), "usage-month")).isEqualTo("2026-04");
        assertThat(chosen.body()).contains("id=\"counted-none\"", "id=\"excluded-none\"");
        assertThat(operator.get("/admin/usage?company=" + code + "&month=April").statusCode()).isEqualTo(400);
    }

    private String register(String company, boolean administrator) {
        String login = (administrator ? "usage-admin-" : "usage-user-") + company.toLowerCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("displayName", login);
        body.put("password", PlatformFixtures.PASSWORD);
        body.put("partyCode", company);
        body.put("administrator", administrator);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/platform-users", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("register %s: %s", login, answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return login;
    }

    private PortalSession logIn(String login) throws Exception {
        return logIn(login, PlatformFixtures.PASSWORD);
    }

    /** The login form as a browser submits it: its CSRF token, then the session cookie it answers with. */
    private PortalSession logIn(String login, String password) throws Exception {
        PortalSession session = new PortalSession(port);
        Matcher token = CSRF.matcher(session.get("/login").body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> answer = session.post("/login",
                Map.of("username", login, "password", password, "_csrf", token.group(1)));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/deals"));
        return session;
    }

    /** A browser's session: its cookies kept, redirects not followed so the tests see them. */
    private record PortalSession(HttpClient client, String base) {

        PortalSession(int port) {
            this(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:" + port);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** The text of the element with this id (its markup stripped). */
    private static String element(String html, String id) {
        Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        assertThat(element.find()).as("element #%s in %s", id, html).isTrue();
        return element.group(1).replaceAll("<[^>]+>", "").strip();
    }

    private static String attribute(String html, String id, String attribute) {
        Matcher tag = Pattern.compile("<[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as("element #%s", id).isTrue();
        Matcher value = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(tag.group());
        assertThat(value.find()).as("%s of #%s", attribute, id).isTrue();
        return value.group(1);
    }

    /** The table row with this id, as markup. */
    private static String row(String html, String id) {
        Matcher row = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("row #%s in %s", id, html).isTrue();
        return row.group(1);
    }

    private static long shippingInstruction(TestRestTemplate as, long dealId) throws IOException {
        try (InputStream in = UsagePagesIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/{d}/documents", JSON.readTree(in),
                    JsonNode.class, dealId);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }
}
