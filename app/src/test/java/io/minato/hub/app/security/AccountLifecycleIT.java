package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.mail.LocalMailbox;
import io.minato.hub.mappings.party.BusinessType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What protects and ends accounts: disabling, the login lock after failed passwords, the first-login
 * password change, and the suspension of accounts unused for a year (with its notice mail).
 */
class AccountLifecycleIT extends HubIntegrationTest {

    @Autowired
    LocalMailbox mailbox;
    @Autowired
    UnusedAccountSuspension suspension;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aDisabledUserIsRefusedUntilItsAdministratorEnablesIt() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "DIS", BusinessType.SHIPPER);
        IdentityFixtures.Company other = IdentityFixtures.company(http, anonymous, mailbox, "DSO", BusinessType.SHIPPER);
        long organization = IdentityFixtures.organization(company, "営業部", BusinessType.SHIPPER);
        IdentityFixtures.Person user = IdentityFixtures.user(company, organization, anonymous, mailbox);
        String users = "/api/v1/companies/" + company.code() + "/users/";
        assertThat(me(user.client()).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(other.admin().postForEntity(users + user.id() + "/disable", null, JsonNode.class).getStatusCode())
                .as("another company's administrator").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> disabled = company.admin().postForEntity(users + user.id() + "/disable", null,
                JsonNode.class);

        assertThat(disabled.getBody().get("state").asText()).isEqualTo("DISABLED");
        assertThat(me(user.client()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        long adminId = company.admin().getForObject("/api/v1/platform-users/me", JsonNode.class).get("id").asLong();
        assertThat(company.admin().postForEntity(users + adminId + "/disable", null, JsonNode.class).getStatusCode())
                .as("an administrator cannot lock itself out").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        company.admin().postForEntity(users + user.id() + "/enable", null, JsonNode.class);
        assertThat(me(user.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightOneUntilTheAdministratorUnlocksIt() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "LCK", BusinessType.TRUCKER);
        long organization = IdentityFixtures.organization(company, "配車課", BusinessType.TRUCKER);
        IdentityFixtures.Person user = IdentityFixtures.user(company, organization, anonymous, mailbox);
        TestRestTemplate wrong = anonymous.withBasicAuth(user.login(), "wrong-password-0");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(me(wrong).getStatusCode()).as("wrong password, attempt %d", attempt)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(me(user.client()).getStatusCode()).as("the right password while locked")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(IdentityFixtures.states(company.admin(), company.code())).contains(user.login() + ":LOCKED");
        ResponseEntity<JsonNode> unlocked = company.admin().postForEntity(
                "/api/v1/companies/" + company.code() + "/users/" + user.id() + "/unlock", null, JsonNode.class);
        assertThat(unlocked.getBody().get("state").asText()).isEqualTo("ACTIVE");
        assertThat(me(user.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anInitialPasswordOpensNothingButThePasswordChange() {
        String company = PlatformFixtures.company(http, "FLP", BusinessType.SHIPPER);
        String login = "first-" + company.toLowerCase();
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("login", login);
        registration.put("displayName", "初回 太郎");
        registration.put("password", "initial-password-1");
        registration.put("partyCode", company);
        registration.put("administrator", true);
        registration.put("mustChangePassword", true);
        assertThat(http.postForEntity("/api/v1/platform-users", registration, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        TestRestTemplate initial = anonymous.withBasicAuth(login, "initial-password-1");

        assertThat(me(initial).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(initial.getForEntity("/api/v1/deals", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.postForEntity("/api/v1/password-change", Map.of("login", login,
                "currentPassword", "not-the-password", "newPassword", "chosen-password-2"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.postForEntity("/api/v1/password-change", Map.of("login", login,
                "currentPassword", "initial-password-1", "newPassword", "chosen-password-2"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(me(anonymous.withBasicAuth(login, "chosen-password-2")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me(initial).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAccountUnusedForAYearIsSuspendedWithANoticeUntilItsAdministratorReactivatesIt() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "SUS", BusinessType.WAREHOUSE);
        long organization = IdentityFixtures.organization(company, "倉庫課", BusinessType.WAREHOUSE);
        IdentityFixtures.Person idle = IdentityFixtures.user(company, organization, anonymous, mailbox);
        IdentityFixtures.Person busy = IdentityFixtures.user(company, organization, anonymous, mailbox);
        assertThat(me(idle.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me(busy.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
        // arranging time: the idle account was created and last used 400 days ago, the busy one 300 days ago
        jdbc.update("update platform_users set created_at = now() - interval '400 days',"
                + " last_login_at = now() - interval '400 days' where login = ?", idle.login());
        jdbc.update("update platform_users set created_at = now() - interval '400 days',"
                + " last_login_at = now() - interval '300 days' where login = ?", busy.login());

        UnusedAccountSuspension.Outcome outcome = suspension.run();

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.suspended()).contains(idle.login()).doesNotContain(busy.login(), company.adminLogin());
        assertThat(me(idle.client()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(busy.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
        String notice = InvitationMails.awaitMail(mailbox, idle.email(), 2);
        assertThat(notice).contains("ログインID " + idle.login(), "365 日以上使われていない", "貴社の管理者",
                "has not been used for 365 days");
        assertThat(mailbox.mailsTo(idle.email()).get(1).subject()).contains("利用停止", "suspended");
        assertThat(IdentityFixtures.states(company.admin(), company.code())).contains(idle.login() + ":SUSPENDED");

        ResponseEntity<JsonNode> reactivated = company.admin().postForEntity(
                "/api/v1/companies/" + company.code() + "/users/" + idle.id() + "/reactivate", null, JsonNode.class);

        assertThat(reactivated.getBody().get("state").asText()).isEqualTo("ACTIVE");
        assertThat(me(idle.client()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(suspension.run().suspended()).as("the year counts again from the reactivation")
                .doesNotContain(idle.login());
        assertThat(mailbox.mailsTo(idle.email())).as("one notice only").hasSize(2);
    }

    @Test
    void theSuspensionRunsInOneHubInstanceAtATime() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            assertThat(advisory(otherInstance, "select pg_try_advisory_lock(?)")).isTrue();
            try {
                assertThat(suspension.run().ran()).isFalse();
            } finally {
                advisory(otherInstance, "select pg_advisory_unlock(?)");
            }
        }
        assertThat(suspension.run().ran()).isTrue();
    }

    private static boolean advisory(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, UnusedAccountSuspension.LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static ResponseEntity<JsonNode> me(TestRestTemplate as) {
        return as.getForEntity("/api/v1/platform-users/me", JsonNode.class);
    }
}
