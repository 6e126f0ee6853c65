package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.mail.LocalMailbox;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Companies and people made the way the platform makes them: the operator registers a company, its
 * administrator accepts the mailed invitation, the administrator invites users into organizations.
 */
public final class IdentityFixtures {

    /** The password every invitee chooses. */
    public static final String PASSWORD = "invited-password-1";

    /** A registered company whose administrator has accepted its invitation. */
    public record Company(String code, String adminLogin, TestRestTemplate admin) {
    }

    /** Someone who accepted an invitation, with a client logged in as it. */
    public record Person(long id, String login, String email, TestRestTemplate client) {
    }

    private IdentityFixtures() {
    }

    public static String email(String login) {
        return login.toLowerCase() + "@example.jp";
    }

    /** {@code POST /api/v1/companies}; answers the response for tests of refusals. */
    public static ResponseEntity<JsonNode> register(TestRestTemplate as, String code, String adminLogin,
                                                    BusinessType... types) {
        Map<String, Object> administrator = new LinkedHashMap<>();
        administrator.put("login", adminLogin);
        administrator.put("displayName", "管理 太郎");
        administrator.put("email", email(adminLogin));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "株式会社" + code);
        body.put("businessTypes", Arrays.stream(types).map(Enum::name).toList());
        body.put("administrator", administrator);
        return as.postForEntity("/api/v1/companies", body, JsonNode.class);
    }

    /** Registers a company and accepts its administrator's invitation from the mailbox. */
    public static Company company(TestRestTemplate operator, TestRestTemplate anonymous, LocalMailbox mailbox,
                                  String prefix, BusinessType... types) {
        String code = PlatformFixtures.code(prefix);
        String login = "adm-" + code.toLowerCase();
        ResponseEntity<JsonNode> registered = register(operator, code, login, types);
        assertThat(registered.getStatusCode()).as("register %s: %s", code, registered.getBody())
                .isEqualTo(HttpStatus.CREATED);
        accept(anonymous, InvitationMails.awaitToken(mailbox, email(login), 1));
        return new Company(code, login, anonymous.withBasicAuth(login, PASSWORD));
    }

    /** Creates an organization of the company; answers its id. */
    public static long organization(Company company, String name, BusinessType... types) {
        ResponseEntity<JsonNode> created = company.admin().postForEntity(
                "/api/v1/companies/" + company.code() + "/organizations",
                Map.of("name", name, "businessTypes", Arrays.stream(types).map(Enum::name).toList()), JsonNode.class);
        assertThat(created.getStatusCode()).as("organization %s: %s", name, created.getBody())
                .isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }

    /** The administrator invites a user into the organization; answers the created user (state INVITED). */
    public static JsonNode invite(Company company, String login, long organizationId) {
        ResponseEntity<JsonNode> invited = company.admin().postForEntity("/api/v1/companies/" + company.code() + "/users",
                Map.of("login", login, "name", "利用 花子", "email", email(login), "organizationId", organizationId),
                JsonNode.class);
        assertThat(invited.getStatusCode()).as("invite %s: %s", login, invited.getBody()).isEqualTo(HttpStatus.CREATED);
        return invited.getBody();
    }

    /** Invites a user and accepts through the API with {@link #PASSWORD}. */
    public static Person user(Company company, long organizationId, TestRestTemplate anonymous, LocalMailbox mailbox) {
        String login = "usr-" + PlatformFixtures.code(company.code()).toLowerCase();
        long id = invite(company, login, organizationId).get("id").asLong();
        accept(anonymous, InvitationMails.awaitToken(mailbox, email(login), 1));
        return new Person(id, login, email(login), anonymous.withBasicAuth(login, PASSWORD));
    }

    /** {@code POST /api/v1/invitations/{token}} with {@link #PASSWORD}, which must succeed. */
    public static void accept(TestRestTemplate anonymous, String token) {
        ResponseEntity<JsonNode> accepted = anonymous.postForEntity("/api/v1/invitations/" + token,
                Map.of("password", PASSWORD), JsonNode.class);
        assertThat(accepted.getStatusCode()).as("accept: %s", accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    public static List<String> states(TestRestTemplate admin, String company) {
        JsonNode users = admin.getForObject("/api/v1/companies/" + company + "/users", JsonNode.class);
        List<String> states = new java.util.ArrayList<>();
        users.forEach(user -> states.add(user.get("login").asText() + ":" + user.get("state").asText()));
        return states;
    }
}
