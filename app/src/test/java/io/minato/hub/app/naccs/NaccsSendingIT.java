package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Sending through real SMTP sockets when the far end does not answer like NACCS: one input in flight
 * per NACCS user (a concurrent second send is refused with a clear message, and the user is free
 * again after the reply time-out), and SMTP retries after a transport failure that never send the
 * same input twice. The relay is a GreenMail SMTP server that accepts mail and never answers.
 */
class NaccsSendingIT extends NaccsFixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private GreenMail relay;
    private int relayPort;
    private String sender;

    @BeforeEach
    void relayThatNeverAnswers() {
        relayPort = freeLoopbackPort();
        relay = new GreenMail(new ServerSetup(relayPort, "127.0.0.1", "smtp"));
        sender = platformUser("sender", null);
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void refusesASecondConcurrentSendOfTheSameNaccsUserNamingTheInputInFlightUntilTheReplyTimeOut() throws Exception {
        relay.start();
        naccsUser(operator(), Map.of("userCode", userCode('S'), "identifier", "Y01", "password", "pw",
                "relayHost", "127.0.0.1", "relayPort", relayPort), List.of(sender));
        long first = ecrDraft(as(sender), dealWithShippingInstruction());
        long second = ecrDraft(as(sender), dealWithShippingInstruction());

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<ResponseEntity<JsonNode>> one = CompletableFuture.supplyAsync(() -> sendAfter(start, first));
        CompletableFuture<ResponseEntity<JsonNode>> two = CompletableFuture.supplyAsync(() -> sendAfter(start, second));
        start.countDown();
        List<ResponseEntity<JsonNode>> answers = List.of(one.get(), two.get());

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .containsExactlyInAnyOrder(HttpStatus.ACCEPTED, HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> refused = answers.stream()
                .filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
        long winner = refused == answers.get(0) ? second : first;
        long loser = winner == first ? second : first;
        assertThat(refused.getBody().get("detail").asText())
                .contains("is busy", "submission " + winner + " (ECR)", "送信中");
        assertThat(submission(loser).get("status").asText()).isEqualTo("DRAFT");
        await().atMost(PATIENCE).until(() -> relay.getReceivedMessages().length == 1);
        assertThat(submission(winner).get("status").asText()).isEqualTo("SENT");

        // no result comes from this relay: after the reply time-out (PT4S in tests) the user is free again
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> send(as(sender), loser).getStatusCode() == HttpStatus.ACCEPTED);
        await().atMost(PATIENCE).until(() -> relay.getReceivedMessages().length == 2);
    }

    @Test
    void retriesAFailedSmtpHandOverAndSendsTheInputExactlyOnceInTheNaccsUsersCharset() throws Exception {
        // nothing listens on relayPort yet: the first attempts fail to connect
        naccsUser(operator(), Map.of("userCode", userCode('R'), "identifier", "Y01", "password", "pw",
                "charset", "Shift_JIS", "relayHost", "127.0.0.1", "relayPort", relayPort), List.of(sender));
        long dealId = dealWithShippingInstruction();
        long id = ecrDraft(as(sender), dealId);

        assertThat(send(as(sender), id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode retrying = await().atMost(PATIENCE).until(() -> submission(id), s -> s.get("sendAttempts").asInt() >= 2);
        assertThat(retrying.get("status").asText()).isEqualTo("SENDING");
        assertThat(retrying.get("reason").asText()).contains("SMTP attempt", "retrying");

        relay.start();

        JsonNode sent = await().atMost(PATIENCE).until(() -> submission(id), s -> "SENT".equals(s.get("status").asText()));
        // stays one: no later redelivery, no second claim
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> relay.getReceivedMessages().length == 1);
        assertThat(sent.hasNonNull("reason")).as("the retry notice is gone once sent").isFalse();
        assertThat(relay.getReceivedMessages()[0].getContentType()).containsIgnoringCase("Shift_JIS");
        byte[] body = relay.getReceivedMessages()[0].getInputStream().readAllBytes();
        String text = new String(body, Charset.forName("Shift_JIS"));
        assertThat(text).contains(submission(id).get("inputIdNumber").asText()).contains("横浜商事株式会社");
        assertThat(operator().getForObject("/api/v1/deals/" + dealId + "/naccs/messages", JsonNode.class))
                .extracting(m -> m.get("direction").asText()).containsExactly("OUT");
    }

    private ResponseEntity<JsonNode> sendAfter(CountDownLatch start, long id) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return send(as(sender), id);
    }
}
