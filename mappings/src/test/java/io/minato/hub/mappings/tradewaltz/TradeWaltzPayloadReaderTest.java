package io.minato.hub.mappings.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradeWaltzPayloadReaderTest {

    @Test
    void readsAnExportShippingRequestFromAWebhookEvent() {
        TradeWaltzPayload payload = TradeWaltzPayloadReader.read(Requests.webhook(Requests.EXPORT));

        assertThat(payload.form()).isEqualTo(TradeWaltzPayload.Form.WEBHOOK_EVENT);
        assertThat(payload.problems()).isEmpty();
        TradeWaltzPayload.Item item = payload.items().get(0);
        assertThat(item.path()).isEqualTo("$.request");
        TradeWaltzRequest request = item.request();
        assertThat(request.requestId()).isEqualTo("TWR-EX-1");
        assertThat(request.version()).isEqualTo(2);
        assertThat(request.kind()).isEqualTo(RequestKind.EXPORT_SHIPPING_REQUEST);
        assertThat(request.linkageId()).isEqualTo("TWL-1-EX");
        assertThat(request.requester().name()).isEqualTo("横浜商事株式会社");
        assertThat(request.parties().forwarder().city()).isEqualTo("YOKOHAMA");
        assertThat(request.transport().etd()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(request.goods()).hasSize(2);
        assertThat(request.goods().get(0).grossWeightKg()).isEqualByComparingTo("2450.5");
        assertThat(request.totalPackages()).isEqualTo(130);
        assertThat(request.totalGrossWeightKg()).isEqualByComparingTo(new BigDecimal("2550.5"));
        assertThat(request.containerNos()).containsExactly("ONEU1234567");
    }

    @Test
    void namesEveryProblemOfARequestByItsJsonPath() {
        String broken = Requests.EXPORT
                .replace("\"version\": 2", "\"version\": \"2\"")
                .replace("\"name\": \"MINATO FORWARDING CO., LTD.\", ", "")
                .replace("\"packages\": 120", "\"packages\": \"ten\"")
                .replace("\"etd\": \"2026-06-02\"", "\"etd\": \"02/06/2026\"")
                .replace("\"vesselName\": \"ONE HARMONY\", ", "");

        TradeWaltzPayload.Item item = TradeWaltzPayloadReader.read(Requests.webhook(broken)).items().get(0);

        assertThat(item.request()).isNull();
        assertThat(item.problems()).containsExactlyInAnyOrder(
                "$.request.version: must be a whole number, not text",
                "$.request.parties.forwarder.name: is required but missing",
                "$.request.transport.vesselName: is required but missing",
                "$.request.transport.etd: '02/06/2026' is not a date like 2026-06-01",
                "$.request.goods[0].packages: must be a whole number, not text");
    }

    @Test
    void readsEachRequestOfAFeedPageOnItsOwn() {
        String page = "{\"cursor\": \"17\", \"hasMore\": false, \"requests\": [" + Requests.IMPORT + ", "
                + Requests.IMPORT.replace("\"kind\": \"IMPORT_HANDLING_REQUEST\"", "\"kind\": \"QUOTE\"") + ", 42]}";

        TradeWaltzPayload payload = TradeWaltzPayloadReader.read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(payload.form()).isEqualTo(TradeWaltzPayload.Form.FEED_PAGE);
        assertThat(payload.items()).hasSize(3);
        assertThat(payload.items().get(0).request().blNo()).isEqualTo("ONEYSHAA0421001");
        assertThat(payload.items().get(0).request().handling().clearance()).isEqualTo("IMPORT_DECLARATION");
        assertThat(payload.items().get(1).problems()).singleElement().asString()
                .startsWith("$.requests[1].kind: 'QUOTE' is not one of [EXPORT_SHIPPING_REQUEST, IMPORT_HANDLING_REQUEST]");
        assertThat(payload.items().get(2).problems()).containsExactly("$.requests[2]: must be an object, not a number");
    }

    @Test
    void anImportRequestNeedsItsBlNumberAndImporter() {
        String broken = Requests.IMPORT.replace("\"blNo\": \"ONEYSHAA0421001\", ", "").replace("\"importer\"", "\"buyer\"");

        TradeWaltzPayload.Item item = TradeWaltzPayloadReader.read(Requests.webhook(broken)).items().get(0);

        assertThat(item.problems()).containsExactlyInAnyOrder("$.request.parties.importer: is required but missing",
                "$.request.blNo: is required but missing");
    }

    @Test
    void rejectsWhatIsNotJsonOrCarriesNoRequest() {
        TradeWaltzPayload notJson = TradeWaltzPayloadReader.read("{\"request\": {".getBytes(StandardCharsets.UTF_8));
        TradeWaltzPayload noRequest = TradeWaltzPayloadReader.read("{\"event\": \"PING\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(notJson.form()).isEqualTo(TradeWaltzPayload.Form.UNREADABLE);
        assertThat(notJson.problems()).singleElement().asString().startsWith("$: not JSON (line 1, column");
        assertThat(noRequest.problems()).singleElement().asString().startsWith("$.request: is required but missing");
    }
}
