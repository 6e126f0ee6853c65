package io.minato.hub.app.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.deal.DealMapper.CreatedDeal;
import io.minato.hub.app.event.Event;
import io.minato.hub.app.event.EventMapper;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The set-based statements an interchange is applied with, on real PostgreSQL. */
class InterchangeStatementsIT extends HubIntegrationTest {

    @Autowired
    private DealMapper deals;
    @Autowired
    private EventMapper events;
    @Autowired
    private DealContainerMapper containers;
    @Autowired
    private EdifactReceiptMapper receipts;
    @Autowired
    private WireMessageStore wireMessages;

    @Test
    void createsOnlyTheDealsThatAreMissingInArrayOrder() {
        String prefix = reference("BK");
        Long existing = deals.insertExportIfAbsent(prefix + "-2", "MAEU");

        List<CreatedDeal> created = deals.insertExportsIfAbsent(
                new String[] {prefix + "-1", prefix + "-2", prefix + "-1"}, new String[] {"MAEU", "MAEU", "ONEY"});

        assertThat(created).extracting(CreatedDeal::keyNo, CreatedDeal::carrierCode)
                .containsExactly(tuple(prefix + "-1", "MAEU"),
                        tuple(prefix + "-1", "ONEY"));
        assertThat(created.get(0).id()).isLessThan(created.get(1).id()).isNotEqualTo(existing);
        assertThat(deals.findIdByBooking(prefix + "-1", "ONEY")).isEqualTo(created.get(1).id());
        assertThat(deals.find(created.get(0).id()).orElseThrow().number()).startsWith("EXP_");
        assertThat(deals.insertExportsIfAbsent(new String[] {prefix + "-1"}, new String[] {"MAEU"})).isEmpty();
    }

    @Test
    void createsImportDealsByBlNumberWithOrWithoutCarrier() {
        String prefix = reference("BL");
        deals.insertImportIfAbsent(prefix + "-2", null);

        List<CreatedDeal> created = deals.insertImportsIfAbsent(
                new String[] {prefix + "-1", prefix + "-2", prefix + "-3"}, new String[] {null, "MAEU", "ONEY"});

        assertThat(created).extracting(CreatedDeal::keyNo).containsExactly(prefix + "-1", prefix + "-3");
        assertThat(created.get(1).carrierCode()).isEqualTo("ONEY");
        assertThat(deals.find(created.get(0).id()).orElseThrow().direction()).isEqualTo("IMPORT");
        assertThat(deals.findIdByBl(prefix + "-3")).isEqualTo(created.get(1).id());
    }

    @Test
    void recordsEventsInArrayOrderAndAddsEachContainerOnce() {
        long wireMessageId = wireMessage();
        long deal = deals.insertExportIfAbsent(reference("BK"), "MAEU");
        long other = deals.insertExportIfAbsent(reference("BK"), "MAEU");

        events.insertAll(new String[] {"DEAL_CREATED", "DOCUMENT_RECEIVED", "TRANSPORT_EVENT"},
                new Long[] {deal, deal, deal}, new Long[] {null, null, null}, wireMessageId,
                new String[] {"{\"key\":\"k\"}", "{\"type\":\"UL050\"}", "{\"event\":\"GATE_IN\"}"});
        String container = reference("CONT");
        containers.addAll(new String[] {container, container, container}, new Long[] {deal, deal, other}, wireMessageId);

        assertThat(events.findByDeal(deal)).extracting(Event::type)
                .containsExactly("DEAL_CREATED", "DOCUMENT_RECEIVED", "TRANSPORT_EVENT");
        assertThat(events.findByDeal(deal)).allSatisfy(event -> assertThat(event.wireMessageId()).isEqualTo(wireMessageId));
        assertThat(events.findByDeal(deal).get(2).detail()).contains("GATE_IN");
        assertThat(containers.findLatestDeal(container)).isEqualTo(other);
    }

    @Test
    void claimsReceiptsOnceWithinTheWindowAndFindsThemTogether() {
        long wireMessageId = wireMessage();
        long deal = deals.insertExportIfAbsent(reference("BK"), "MAEU");
        String interchange = reference("IC");
        OffsetDateTime windowStart = OffsetDateTime.now().minusDays(30);

        int claimed = receipts.claimAll("SENDER", interchange, new String[] {"1", "2"}, wireMessageId,
                new Long[] {deal, deal}, new Long[] {null, null}, windowStart);
        int again = receipts.claimAll("SENDER", interchange, new String[] {"2", "3"}, wireMessageId,
                new Long[] {deal, deal}, new Long[] {null, null}, windowStart);

        assertThat(claimed).isEqualTo(2);
        assertThat(again).isEqualTo(1); // "2" is held within the window
        assertThat(receipts.findAll("SENDER", interchange, new String[] {"1", "3", "4"}, windowStart))
                .extracting(EdifactReceiptMapper.KeyedReceipt::messageRef).containsExactlyInAnyOrder("1", "3");
        assertThat(receipts.findAll("SENDER", interchange, new String[] {"1"}, OffsetDateTime.now().plusMinutes(1)))
                .isEmpty();
        // a receipt older than the window is taken over: the sender reused its references
        assertThat(receipts.claimAll("SENDER", interchange, new String[] {"1"}, wireMessageId, new Long[] {deal},
                new Long[] {null}, OffsetDateTime.now().plusMinutes(1))).isEqualTo(1);
    }

    private long wireMessage() {
        return wireMessages.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, "SENDER",
                "application/EDIFACT", "statements.edi", "UNB+UNOC:3+SENDER'".getBytes(StandardCharsets.ISO_8859_1),
                Map.of()));
    }
}
