package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.wire.AckExpected;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.edifact.AcknowledgementExpectations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acknowledgements of our outbound interchanges: INTTRA's profile (config/partners) exchanges CONTRL,
 * so what we send it awaits one; its CONTRL or APERAK back lands on the outbound wire message.
 */
class AcknowledgementStatusIT extends HubIntegrationTest {

    @Autowired
    private WireMessageStore store;
    @Autowired
    private PartnerDirectory partners;
    @Autowired
    private AcknowledgementExpectations expectations;

    @Test
    void anOutboundInterchangeAwaitsItsContrlWhichMarksItAccepted() throws IOException {
        String reference = reference("O");
        long outbound = sendToInttra(reference, expectations);

        JsonNode pending = message(outbound);
        assertThat(pending.get("ackExpected").asText()).isEqualTo("CONTRL");
        assertThat(pending.get("ackStatus").asText()).isEqualTo("PENDING");
        assertThat(OffsetDateTime.parse(pending.get("ackDueAt").asText()))
                .isCloseTo(OffsetDateTime.now().plusHours(4), within(5, ChronoUnit.MINUTES));

        String contrlRef = reference("C");
        long inbound = drop(contrl(contrlRef, "UCI+" + reference + "+MINATOHUB:ZZZ+INTTRA:ZZZ+7'"));

        JsonNode received = awaitFinished(inbound);
        assertThat(received.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(received.at("/correlation/messageType").asText()).isEqualTo("CONTRL");
        assertThat(received.at("/correlation/answersWireMessage").asText()).isEqualTo(String.valueOf(outbound));
        // an acknowledgement is never acknowledged
        assertThat(received.at("/correlation/acknowledgement").isMissingNode()).isTrue();
        JsonNode accepted = message(outbound);
        assertThat(accepted.get("ackStatus").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("ackWireMessageId").asLong()).isEqualTo(inbound);
        assertThat(accepted.get("ackDetail").asText()).startsWith("CONTRL ACCEPTED").contains(contrlRef);
    }

    @Test
    void aRejectingContrlRecordsItsErrorsInWordsAndIsFoundByAckStatus() throws IOException {
        String reference = reference("O");
        long outbound = sendToInttra(reference, expectations);

        long inbound = drop(contrl(reference("C"), "UCI+" + reference + "+MINATOHUB:ZZZ+INTTRA:ZZZ+4'"
                + "UCM+1+IFTMBF:D:99B:UN+4'UCS+3'UCD+12+3:1'"));

        assertThat(awaitFinished(inbound).get("status").asText()).isEqualTo("PROCESSED");
        JsonNode rejected = message(outbound);
        assertThat(rejected.get("ackStatus").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("ackDetail").asText())
                .contains("message 1, segment 3, element 2, component 1: 0085 code 12 invalid value");
        JsonNode found = http.getForObject("/api/v1/messages?partner=INTTRA&ackStatus=REJECTED", JsonNode.class);
        assertThat(found.findValuesAsText("ackStatus")).containsOnly("REJECTED");
        assertThat(found.findValues("id")).extracting(JsonNode::asLong).contains(outbound);
    }

    @Test
    void aRejectingAperakRecordsThePartnersText() throws IOException {
        String reference = reference("O");
        long outbound = sendToInttra(reference, expectations);

        String aperakRef = reference("A");
        long inbound = drop("UNA:+.? 'UNB+UNOC:3+INTTRA:ZZZ+MINATOHUB:ZZZ+240316:1000+" + aperakRef
                + "'UNH+1+APERAK:D:99B:UN'BGM+305+B1+27'RFF+ACE:" + reference + "'RFF+ACW:1'ERC+BKG001'"
                + "FTX+AAO+++Booking number already used'UNT+7+1'UNZ+1+" + aperakRef + "'");

        JsonNode received = awaitFinished(inbound);
        assertThat(received.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(received.at("/correlation/messageType").asText()).isEqualTo("APERAK");
        JsonNode rejected = message(outbound);
        assertThat(rejected.get("ackStatus").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("ackDetail").asText())
                .startsWith("APERAK REJECTED: message 1: 9321 code BKG001 Booking number already used");
    }

    @Test
    void aContrlAnsweringAnInterchangeNeverSentIsRejectedSayingSo() throws IOException {
        String unknown = reference("N");
        long inbound = drop(contrl(reference("C"), "UCI+" + unknown + "+MINATOHUB:ZZZ+INTTRA:ZZZ+7'"));

        JsonNode rejected = awaitFinished(inbound);

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText())
                .isEqualTo("CONTRL message 1 answers interchange " + unknown + ", which the hub never sent to INTTRA");
    }

    @Test
    void aBrokenContrlIsRejectedAtItsSegmentAndNotAnswered() throws IOException {
        long inbound = drop(contrl(reference("C"), "UCI+" + reference("O") + "+MINATOHUB:ZZZ+INTTRA:ZZZ+5'"));

        JsonNode rejected = awaitFinished(inbound);

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).contains("segment UCI #3, element 4, component 1")
                .contains("'5' is not 4 (rejected), 7 (acknowledged) or 8 (received)");
        assertThat(rejected.at("/correlation/acknowledgement").isMissingNode()).isTrue();
    }

    @Test
    void anUnansweredInterchangeBecomesOverdueAndALateContrlStillCounts() throws IOException {
        AcknowledgementExpectations impatient = new AcknowledgementExpectations(store, Duration.ofMillis(1));
        String reference = reference("O");
        long outbound = sendToInttra(reference, impatient);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> message(outbound).get("ackStatus").asText().equals("OVERDUE"));

        JsonNode overdue = http.getForObject("/api/v1/messages?ackStatus=OVERDUE", JsonNode.class);
        assertThat(overdue.findValues("id")).extracting(JsonNode::asLong).contains(outbound);
        assertThat(counts().get("ack.OVERDUE").longValue()).isPositive();

        long late = drop(contrl(reference("C"), "UCI+" + reference + "+MINATOHUB:ZZZ+INTTRA:ZZZ+8'"));
        assertThat(awaitFinished(late).get("status").asText()).isEqualTo("PROCESSED");
        assertThat(message(outbound).get("ackStatus").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void theContrlTheHubSendsExpectsNoAcknowledgement() throws IOException {
        long inbound = drop(iftmbc(reference("K"), "ACKS" + System.nanoTime()));
        assertThat(awaitFinished(inbound).get("status").asText()).isEqualTo("PROCESSED");

        // the CONTRL is written right after the interchange is marked PROCESSED
        String link = await().atMost(Duration.ofSeconds(30))
                .until(() -> message(inbound).at("/correlation/acknowledgement").asText(), text -> !text.isEmpty());
        assertThat(link).startsWith("CONTRL as wire message ");
        JsonNode contrl = message(Long.parseLong(link.replaceAll("\\D", "")));

        assertThat(contrl.get("ackExpected").asText()).isEqualTo("NONE");
        assertThat(contrl.get("ackStatus").asText()).isEqualTo("NOT_EXPECTED");
        assertThat(contrl.has("ackDueAt")).isFalse();
    }

    /** An outbound IFTMBF interchange to INTTRA, archived as the hub archives what it sends. */
    private long sendToInttra(String reference, AcknowledgementExpectations awaiting) {
        byte[] interchange = ("UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+INTTRA:ZZZ+240316:0900+" + reference
                + "'UNH+1+IFTMBF:D:99B:UN'BGM+335+B1+9'UNT+3+1'UNZ+1+" + reference + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
        long id = store.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.OUT, "INTTRA",
                "application/EDIFACT", null, interchange, Map.of("interchangeRef", reference, "messageType", "IFTMBF")));
        PartnerProfile inttra = partners.findByEdiId("INTTRA", "ZZZ").orElseThrow();
        assertThat(awaiting.expect(id, inttra, "IFTMBF")).isEqualTo(AckExpected.CONTRL);
        return id;
    }

    /** A CONTRL interchange from INTTRA around {@code body} (segments between UNH and UNT). */
    private static String contrl(String reference, String body) {
        int segments = body.split("'").length + 2;
        return "UNA:+.? 'UNB+UNOC:3+INTTRA:ZZZ+MINATOHUB:ZZZ+240316:0905+" + reference
                + "'UNH+1+CONTRL:D:3:UN'" + body + "UNT+" + segments + "+1'UNZ+1+" + reference + "'";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> counts() {
        return http.getForObject("/api/v1/messages/counts", Map.class);
    }
}
