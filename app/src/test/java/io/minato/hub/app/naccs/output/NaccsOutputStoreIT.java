package io.minato.hub.app.naccs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.naccs.output.NaccsOutputStore;
import io.minato.hub.mappings.naccs.output.NaccsRetrievalLedger;
import io.minato.hub.mappings.naccs.output.PartArrival;
import io.minato.hub.mappings.naccs.output.ReceivedOutput;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The NACCS output store's statements on real PostgreSQL: parts, newer-wins state, look-ups, claims. */
class NaccsOutputStoreIT extends HubIntegrationTest {

    @Autowired
    private NaccsOutputStore store;
    @Autowired
    private NaccsOutputMapper mapper;
    @Autowired
    private NaccsRetrievalLedger ledger;
    @Autowired
    private WireMessageStore wireMessages;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void joinsASetOnceWhateverTheOrderAndRecognisesADuplicatePart() {
        String set = "MNT01|ECR|SAE0010|IT-SET-" + System.nanoTime() + "|1";
        long third = output(3, true, set);
        long first = output(1, false, set);
        long second = output(2, false, set);
        long again = output(2, false, set);

        assertThat(store.addPart(third, set, 3, true, bytes("C")).state()).isEqualTo(PartArrival.State.WAITING);
        assertThat(store.addPart(first, set, 1, false, bytes("A")).state()).isEqualTo(PartArrival.State.WAITING);
        PartArrival complete = store.addPart(second, set, 2, false, bytes("B"));
        assertThat(complete.state()).isEqualTo(PartArrival.State.COMPLETE);
        assertThat(new String(complete.joined(), StandardCharsets.UTF_8)).isEqualTo("ABC");
        assertThat(complete.expected()).isEqualTo(3);
        assertThat(store.addPart(again, set, 2, false, bytes("B")).state()).isEqualTo(PartArrival.State.DUPLICATE);
        // the completing mail processed again before its set was applied: it applies it
        assertThat(store.addPart(second, set, 2, false, bytes("B")).state()).isEqualTo(PartArrival.State.COMPLETE);

        long dealId = deal();
        store.apply(second, dealId, null, List.of(), Map.of("k", "v"), List.of());
        assertThat(store.addPart(second, set, 2, false, bytes("B")).state()).isEqualTo(PartArrival.State.WAITING);
        assertThat(mapper.find(first).orElseThrow().status()).isEqualTo("PART_JOINED");
        assertThat(mapper.find(second).orElseThrow().status()).isEqualTo("APPLIED");
    }

    @Test
    void keepsTheNewerValueOfAField() {
        long dealId = deal();
        long newer = wire();
        long older = wire();
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String subject = "DECLARATION:IT" + System.nanoTime();

        assertThat(mapper.applyField(dealId, subject, "declarationStatus", "PERMITTED", now, newer)).isEqualTo(1);
        assertThat(mapper.applyField(dealId, subject, "declarationStatus", "UNDER_REVIEW", now.minusMinutes(1), older))
                .isZero();
        assertThat(mapper.applyField(dealId, subject, "permittedAt", "20260101000000", now.minusMinutes(1), older))
                .isEqualTo(1);

        assertThat(mapper.state(dealId, subject)).extracting(CustomsStateRow::field, CustomsStateRow::value,
                CustomsStateRow::wireMessageId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("declarationStatus", "PERMITTED", newer),
                org.assertj.core.groups.Tuple.tuple("permittedAt", "20260101000000", older));
        assertThat(mapper.stateOfDeal(dealId)).hasSize(2);
    }

    @Test
    void findsTheDealByDeclarationExportControlNumberOrContainer() {
        long dealId = deal();
        long documentId = jdbc.queryForObject("select id from documents where deal_id = ?", Long.class, dealId);
        String exportControlNumber = "EC" + System.nanoTime();
        String container = "ITCU" + (System.nanoTime() % 10_000_000);
        long submissionId = jdbc.queryForObject("insert into naccs_submissions (deal_id, source_document_id,"
                + " business_code, naccs_user_id, hand_over_info, input_id_number, status, export_control_number)"
                + " values (?, ?, 'ECR', 'MNT01Y01', ?, ?, 'ACCEPTED', ?) returning id", Long.class, dealId, documentId,
                "IT-" + exportControlNumber, exportControlNumber.substring(exportControlNumber.length() - 10),
                exportControlNumber);
        jdbc.update("insert into deal_containers (container_no, deal_id) values (?, ?)", container, dealId);
        String declarationNumber = "D" + System.nanoTime();
        store.registerDeclaration(declarationNumber, dealId, exportControlNumber, submissionId);
        store.registerDeclaration(declarationNumber, dealId + 1, null, null); // the first registration stands

        assertThat(store.dealOfDeclaration(declarationNumber)).hasValue(dealId);
        assertThat(store.dealOfExportControlNumber(exportControlNumber)).hasValue(dealId);
        assertThat(store.dealOfContainer(container)).hasValue(dealId);
        assertThat(store.dealOfDeclaration("nothing")).isEmpty();
    }

    @Test
    void letsOneCallerRunAScheduledJobPerPeriod() {
        String job = "it-job-" + System.nanoTime();

        assertThat(ledger.claimScheduledRun(job, Duration.ofHours(1))).isTrue();
        assertThat(ledger.claimScheduledRun(job, Duration.ofHours(1))).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> ledger.claimScheduledRun(job, Duration.ofMillis(50)));
        String first = ledger.nextInputIdNumber();
        assertThat(first).matches("\\d{10}");
        assertThat(Long.parseLong(ledger.nextInputIdNumber())).isGreaterThan(Long.parseLong(first));
    }

    private long output(int sequence, boolean last, String set) {
        return store.record(new ReceivedOutput(wire(), "ECR", "SAE0010", LocalDateTime.now().withNano(0), "MNT01", "",
                "IT", "1", sequence, last, "C", "Q", set));
    }

    private long wire() {
        return wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.IN, "naccs", "message/rfc822",
                null, bytes("mail"), Map.of()));
    }

    /** A deal with an S/I, through the API. */
    private long deal() {
        long dealId = http.postForObject("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "S" + System.nanoTime(), "carrierCode", "ONEY"),
                JsonNode.class).get("id").asLong();
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            http.postForEntity("/api/v1/deals/" + dealId + "/documents",
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(in), JsonNode.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dealId;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
