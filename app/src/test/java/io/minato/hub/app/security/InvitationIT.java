package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.mail.LocalMailbox;
import io.minato.hub.mappings.party.BusinessType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Invitations end to end: the mail leaves through real SMTP into the local mailbox, is read back
 * (over IMAP as a mail client would), and its one-time link is used through the API and the page.
 */
class InvitationIT extends HubIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    LocalMailbox mailbox;

    @Test
    void companyAdministratorIsInvitedByMailAndChoosesItsPasswordThroughTheApi() throws Exception {
        String code = PlatformFixtures.code("INV");
        String login = "adm-" + code.toLowerCase();
        String email = IdentityFixtures.email(login);

        ResponseEntity<JsonNode> registered = IdentityFixtures.register(http, code, login, BusinessType.SHIPPER,
                BusinessType.FORWARDER);

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(registered.getBody().at("/administrator/state").asText()).isEqualTo("INVITED");
        assertThat(registered.getBody().at("/administrator/role").asText()).isEqualTo("ADMIN");
        assertThat(registered.getBody().at("/company/platformMember").asBoolean()).isTrue();
        assertThat(anonymous.withBasicAuth(login, IdentityFixtures.PASSWORD)
                .getForEntity("/api/v1/platform-users/me", JsonNode.class).getStatusCode())
                .as("an invitee cannot log in before accepting").isEqualTo(HttpStatus.UNAUTHORIZED);

        List<InvitationMails.Mail> mails = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> InvitationMails.imap(mailbox, email), list -> !list.isEmpty());
        InvitationMails.Mail mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("【Minato Hub】ご招待 / Invitation to Minato Hub");
        assertThat(mail.text()).contains("管理 太郎 様", "株式会社" + code, "管理者", "ログインID: " + login,
                "Dear 管理 太郎", "the administrator of 株式会社" + code);
        assertThat(mail.text().indexOf("様")).as("Japanese first").isLessThan(mail.text().indexOf("Dear"));
        Matcher link = InvitationMails.LINK.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).as("minato.platform.base-url").isEqualTo("http://localhost:8080");
        String token = link.group(2);
        JsonNode peek = http.getForObject("/api/v1/dev/mailbox?to=" + email, JsonNode.class);
        assertThat(peek.get(0).get("subject").asText()).isEqualTo(mail.subject());
        assertThat(peek.get(0).get("text").asText()).contains(token);

        JsonNode invitation = anonymous.getForObject("/api/v1/invitations/" + token, JsonNode.class);
        assertThat(invitation.get("login").asText()).isEqualTo(login);
        assertThat(invitation.get("companyCode").asText()).isEqualTo(code);
        assertThat(invitation.get("role").asText()).isEqualTo("ADMIN");

        ResponseEntity<JsonNode> tooShort = anonymous.postForEntity("/api/v1/invitations/" + token,
                Map.of("password", "short"), JsonNode.class);
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        ResponseEntity<JsonNode> accepted = anonymous.postForEntity("/api/v1/invitations/" + token,
                Map.of("password", IdentityFixtures.PASSWORD), JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode me = anonymous.withBasicAuth(login, IdentityFixtures.PASSWORD)
                .getForObject("/api/v1/platform-users/me", JsonNode.class);
        assertThat(me.get("role").asText()).isEqualTo("ADMIN");
        assertThat(me.get("partyCode").asText()).isEqualTo(code);
        assertThat(anonymous.withBasicAuth(login, IdentityFixtures.PASSWORD)
                .getForEntity("/api/v1/dev/mailbox?to=" + email, JsonNode.class).getStatusCode())
                .as("the mailbox endpoint is the operator's").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> again = anonymous.postForEntity("/api/v1/invitations/" + token,
                Map.of("password", "another-password-2"), JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().get("detail").asText()).contains("使用済み");
        assertThat(anonymous.getForEntity("/api/v1/invitations/" + token, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.GONE);
        assertThat(anonymous.withBasicAuth(login, "another-password-2")
                .getForEntity("/api/v1/platform-users/me", JsonNode.class).getStatusCode())
                .as("the second use changed nothing").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aLinkNeverIssuedIsNotFound() {
        assertThat(anonymous.getForEntity("/api/v1/invitations/" + "x".repeat(43), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aUserInvitedIntoAnOrganizationAcceptsOnThePageWithItsCsrfToken() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "PAGE",
                BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER);
        long organization = IdentityFixtures.organization(company, "東京支店", BusinessType.FORWARDER);
        String login = "usr-" + company.code().toLowerCase();
        IdentityFixtures.invite(company, login, organization);
        String token = InvitationMails.awaitToken(mailbox, IdentityFixtures.email(login), 1);

        ResponseEntity<String> page = anonymous.getForEntity("/invitation?token=" + token, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(login, company.code(), "パスワードを設定", "Set password");
        String session = sessionCookie(page);
        Matcher csrf = CSRF.matcher(page.getBody());
        assertThat(csrf.find()).as("a CSRF token in the form").isTrue();

        assertThat(post(token, IdentityFixtures.PASSWORD, IdentityFixtures.PASSWORD, session, null).getStatusCode())
                .as("without its CSRF token the form is refused").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> mismatch = post(token, IdentityFixtures.PASSWORD, "something-else-1", session,
                csrf.group(1));
        assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mismatch.getBody()).contains("パスワードが一致しません");

        ResponseEntity<String> done = post(token, IdentityFixtures.PASSWORD, IdentityFixtures.PASSWORD, session,
                csrf.group(1));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).contains("登録が完了しました", login);

        JsonNode me = anonymous.withBasicAuth(login, IdentityFixtures.PASSWORD)
                .getForObject("/api/v1/platform-users/me", JsonNode.class);
        assertThat(me.get("role").asText()).isEqualTo("USER");
        assertThat(me.get("organizationId").asLong()).isEqualTo(organization);
        ResponseEntity<String> reused = anonymous.getForEntity("/invitation?token=" + token, String.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(reused.getBody()).contains("この招待リンクは使えません");
        assertThat(IdentityFixtures.states(company.admin(), company.code())).contains(login + ":ACTIVE");
    }

    @Test
    void aNewInvitationReplacesTheEarlierLink() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "REI", BusinessType.TRUCKER);
        long organization = IdentityFixtures.organization(company, "配車課", BusinessType.TRUCKER);
        String login = "usr-" + company.code().toLowerCase();
        long id = IdentityFixtures.invite(company, login, organization).get("id").asLong();
        String first = InvitationMails.awaitToken(mailbox, IdentityFixtures.email(login), 1);

        ResponseEntity<JsonNode> reinvited = company.admin().postForEntity(
                "/api/v1/companies/" + company.code() + "/users/" + id + "/invitation", null, JsonNode.class);

        assertThat(reinvited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reinvited.getBody().get("state").asText()).isEqualTo("INVITED");
        String second = InvitationMails.awaitToken(mailbox, IdentityFixtures.email(login), 2);
        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous.getForEntity("/api/v1/invitations/" + first, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.GONE);
        IdentityFixtures.accept(anonymous, second);
        assertThat(company.admin().postForEntity("/api/v1/companies/" + company.code() + "/users/" + id
                + "/invitation", null, JsonNode.class).getStatusCode())
                .as("an accepted user is not invited again").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheCompanysAdministratorInvitesIntoItsOwnOrganizations() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "OWN", BusinessType.SHIPPER);
        IdentityFixtures.Company other = IdentityFixtures.company(http, anonymous, mailbox, "OTH", BusinessType.SHIPPER);
        long organization = IdentityFixtures.organization(company, "本社", BusinessType.SHIPPER);
        long foreignOrganization = IdentityFixtures.organization(other, "本社", BusinessType.SHIPPER);
        Map<String, Object> invitation = Map.of("login", "usr-" + company.code().toLowerCase(), "name", "利用 花子",
                "email", "x-" + company.code().toLowerCase() + "@example.jp", "organizationId", organization);

        assertThat(other.admin().postForEntity("/api/v1/companies/" + company.code() + "/users", invitation,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(company.admin().postForEntity("/api/v1/companies/" + company.code() + "/users",
                Map.of("login", "usr2-" + company.code().toLowerCase(), "name", "利用 花子",
                        "email", "y-" + company.code().toLowerCase() + "@example.jp",
                        "organizationId", foreignOrganization), JsonNode.class).getStatusCode())
                .as("another company's organization").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        IdentityFixtures.Person user = IdentityFixtures.user(company, organization, anonymous, mailbox);
        assertThat(user.client().postForEntity("/api/v1/companies/" + company.code() + "/users", invitation,
                JsonNode.class).getStatusCode()).as("a plain user").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(company.admin().postForEntity("/api/v1/companies/" + company.code() + "/users",
                Map.of("login", user.login(), "name", "二重", "email", "z@example.jp", "organizationId", organization),
                JsonNode.class).getStatusCode()).as("a login taken").isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<String> post(String token, String password, String confirmation, String session,
                                        String csrf) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        form.add("password", password);
        form.add("confirmation", confirmation);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, session);
        return anonymous.exchange("/invitation", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static String sessionCookie(ResponseEntity<?> answer) {
        return answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the page opens a session for its CSRF token"));
    }
}
