package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * NACCS users (利用者登録, 紐付け) end to end through real SMTP sockets: credentials encrypted at rest
 * and never shown or logged, a wrong password answered A0004 by the simulator, and the NACCS terms'
 * access rule on message content, enforced by the API and by the database.
 */
class NaccsUsersIT extends NaccsFixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void storesThePasswordEncryptedAndNeverAnswersIt() {
        String code = userCode('P');
        String password = "Pw" + code.substring(1, 5) + "!x";
        JsonNode user = naccsUser(operator(), Map.of("userCode", code, "identifier", "Y02", "password", password,
                "charset", "EUC-JP"), List.of());

        assertThat(user.get("userId").asText()).isEqualTo(code + "Y02");
        assertThat(user.get("password").asText()).isEqualTo("********");
        assertThat(user.get("processingMethod").asText()).isEqualTo("SMTP_TWO_WAY");
        assertThat(user.get("charset").asText()).isEqualTo("EUC-JP");
        String stored = jdbc.queryForObject("select password_encrypted from naccs_users where user_code = ?",
                String.class, code);
        assertThat(stored).startsWith("v1:").doesNotContain(password);
        assertThat(operator().getForObject("/api/v1/naccs/users", String.class)).contains(code).doesNotContain(password);
        assertThat(operator().postForEntity("/api/v1/naccs/users", Map.of("userCode", code, "identifier", "Y02",
                "password", "other"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> notY = operator().postForEntity("/api/v1/naccs/users", Map.of("userCode", code,
                "identifier", "A02", "password", "x"), JsonNode.class);
        assertThat(notY.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notY.getBody().toString()).contains("identifier");
    }

    @Test
    void linksOnlyPlatformUsersOfTheNaccsUsersOwnCompany() {
        String carrierUser = platformUser("oney", "ONEY");
        String otherCompanyUser = platformUser("nyk", "NYKS");
        ResponseEntity<JsonNode> created = as(carrierUser).postForEntity("/api/v1/naccs/users",
                Map.of("userCode", userCode('C'), "identifier", "Y01", "password", "pw"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("partyCode").asText()).isEqualTo("ONEY");
        long id = created.getBody().get("id").asLong();

        ResponseEntity<JsonNode> refused = as(carrierUser).exchange("/api/v1/naccs/users/" + id + "/links",
                HttpMethod.PUT, new HttpEntity<>(Map.of("platformUsers", List.of(otherCompanyUser))), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("not shared between companies");
        assertThat(as(otherCompanyUser).getForEntity("/api/v1/naccs/users/" + id, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWrongPasswordIsRejectedByNaccsWithAReadableReasonAndNeverLoggedOrArchivedUntilItIsCorrected() {
        String alice = platformUser("alice", null);
        String bob = platformUser("bob", null);
        String code = "MNT02";
        String wrongPassword = "Wr0ngPw1";
        JsonNode naccsUser = naccsUser(operator(), Map.of("userCode", code, "identifier", "Y01",
                "password", wrongPassword), List.of(alice));
        long dealId = dealWithShippingInstruction();
        long id = ecrDraft(as(alice), dealId);

        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        JsonNode rejected;
        try {
            assertThat(send(as(bob), id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(as(alice), id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            rejected = await().atMost(PATIENCE).until(() -> submission(id),
                    s -> "REJECTED".equals(s.get("status").asText()));
        } finally {
            root.detachAppender(logs);
        }

        assertThat(rejected.get("resultCodes")).extracting(JsonNode::asText).containsExactly("A0004-0000-0000");
        assertThat(rejected.get("reason").asText()).contains("A0004").contains("password is wrong")
                .contains("パスワード");
        // released on the result: SMTP two-way allows the next input now
        assertThat(operator().getForObject("/api/v1/naccs/users/" + naccsUser.get("id").asLong(), JsonNode.class)
                .hasNonNull("inFlightSubmissionId")).isFalse();
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(wrongPassword);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(wrongPassword);
            }
        });
        long outboundId = rejected.get("outboundMessageId").asLong();
        String archived = as(alice).getForObject("/api/v1/messages/" + outboundId + "/raw", String.class);
        assertThat(archived.substring(29, 45)).isEqualTo(code + "Y01********");
        assertThat(archived).doesNotContain(wrongPassword);
        assertThat(jdbc.queryForList("select raw from wire_messages where channel = 'NACCS_SMTP'", byte[].class))
                .allSatisfy(raw -> assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain(wrongPassword));

        long naccsUserId = naccsUser.get("id").asLong();
        assertThat(operator().exchange("/api/v1/naccs/users/" + naccsUserId + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", "rightpw2")), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        long again = ecrDraft(as(alice), dealId);
        assertThat(send(as(alice), again).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(PATIENCE).until(() -> submission(again), s -> "ACCEPTED".equals(s.get("status").asText()));
    }

    @Test
    void showsNaccsMessageContentOnlyToPlatformUsersLinkedToTheNaccsUserThatSentOrReceivedIt() {
        String alice = platformUser("alice", null);
        String mallory = platformUser("mallory", null);
        naccsUser(operator(), Map.of("userCode", userCode('A'), "identifier", "Y01", "password", "pw"),
                List.of(alice));
        long dealId = dealWithShippingInstruction();
        long id = ecrDraft(operator(), dealId);
        assertThat(send(operator(), id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(PATIENCE).until(() -> submission(id), s -> "ACCEPTED".equals(s.get("status").asText()));
        JsonNode messages = await().atMost(PATIENCE).until(
                () -> operator().getForObject("/api/v1/deals/" + dealId + "/naccs/messages", JsonNode.class),
                list -> list.size() == 3);

        for (JsonNode message : messages) {
            long messageId = message.get("id").asLong();
            // metadata for everyone (per deal and per NACCS user), content for the NACCS user's people only
            JsonNode unlinked = as(mallory).getForObject("/api/v1/messages/" + messageId, JsonNode.class);
            assertThat(unlinked.get("status").asText()).isNotBlank();
            assertThat(unlinked.hasNonNull("contentBase64")).isFalse();
            assertThat(unlinked.get("contentWithheld").asText()).contains("NACCS");
            assertThat(anonymous.getForEntity("/api/v1/messages/" + messageId + "/raw", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            ResponseEntity<JsonNode> refused = as(mallory).getForEntity("/api/v1/messages/" + messageId + "/raw",
                    JsonNode.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("detail").asText()).contains(mallory).contains("MNT01Y01");
            assertThat(as(alice).getForEntity("/api/v1/messages/" + messageId + "/raw", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(operator().getForEntity("/api/v1/messages/" + messageId + "/raw", byte[].class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(operator().getForObject("/api/v1/messages/" + messageId, JsonNode.class)
                    .hasNonNull("contentBase64")).isTrue();
        }
        long seededUserId = operator().getForObject("/api/v1/naccs/users", JsonNode.class).findParents("userId")
                .stream().filter(user -> "MNT01Y01".equals(user.get("userId").asText())).findFirst().orElseThrow()
                .get("id").asLong();
        JsonNode ofUser = operator().getForObject("/api/v1/naccs/users/" + seededUserId + "/messages", JsonNode.class);
        assertThat(ofUser.findValues("id")).extracting(JsonNode::asLong)
                .contains(messages.get(0).get("id").asLong());
    }

    @Test
    void theDatabaseRefusesToAlterArchivedContentOrDeleteANaccsMessage() {
        long dealId = dealWithShippingInstruction();
        long id = ecrDraft(operator(), dealId);
        send(operator(), id);
        long outboundId = await().atMost(PATIENCE).until(() -> submission(id), s -> s.hasNonNull("outboundMessageId"))
                .get("outboundMessageId").asLong();

        assertThatThrownBy(() -> jdbc.update("update wire_messages set raw = ? where id = ?",
                "tampered".getBytes(StandardCharsets.UTF_8), outboundId))
                .hasMessageContaining("its raw content cannot be altered");
        assertThatThrownBy(() -> jdbc.update("delete from wire_messages where id = ?", outboundId))
                .hasMessageContaining("cannot be deleted");
        // what happened to it may still be recorded
        assertThat(jdbc.update("update wire_messages set reason = reason where id = ?", outboundId)).isEqualTo(1);
        String archived = operator().getForObject("/api/v1/messages/" + outboundId + "/raw", String.class);
        assertThat(archived).doesNotContain("tampered").startsWith("   ECR  ");
    }
}
