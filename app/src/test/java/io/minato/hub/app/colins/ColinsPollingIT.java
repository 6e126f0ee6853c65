package io.minato.hub.app.colins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Colins in, end to end: the hub polls the Colins simulator over HTTP, archives each page, processes it
 * through Artemis into PostgreSQL, and any company queries the result; terminals without consent are
 * dropped and counted; nothing is stored twice; bad pages are kept, REJECTED with the reason, and
 * re-processable.
 */
class ColinsPollingIT extends ColinsItSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesWhatConsentingTerminalsReportAndAnyCompanyQueriesIt() {
        String voyage = unique("V");
        String bl = unique("BL");
        String booking = unique("BK");
        String heldContainer = containerNo();
        String exportContainer = containerNo();
        String secondExportContainer = containerNo();
        String refusedContainer = containerNo();
        long droppedBefore = droppedRecords("YOK-DC4");
        report(record("VESSEL_MOVEMENT", "TYO-OI3", "portCode", "JPTYO", "vesselName", "MINATO PIONEER",
                        "imoNumber", "9354789", "callSign", "3FZS9", "voyageNo", voyage, "carrierCode", "ONEY",
                        "scheduledArrival", "2026-06-01T08:00:00+09:00", "actualArrival", "2026-06-01T08:40:00+09:00",
                        "scheduledDeparture", "2026-06-02T17:00:00+09:00", "cargoCutOff", "2026-05-31T12:00:00+09:00",
                        "source", "TERMINAL"),
                record("VESSEL_MOVEMENT", "YOK-MC3", "portCode", "JPYOK", "vesselName", "MINATO PIONEER",
                        "imoNumber", "9354789", "voyageNo", voyage, "carrierCode", "ONEY",
                        "scheduledArrival", "2026-06-03T06:00:00+09:00", "scheduledDeparture", "2026-06-04T02:00:00+09:00",
                        "cargoCutOff", "2026-06-02T12:00:00+09:00", "source", "PORT_AUTHORITY"),
                record("IMPORT_RELEASE", "TYO-OI3", "portCode", "JPTYO", "containerNo", heldContainer, "blNo", bl,
                        "status", "ON_HOLD", "holdReason", "税関検査中", "customsReleased", false, "carrierReleased", true,
                        "yardLocation", "3A-12-04-2"),
                record("IMPORT_RELEASE", "YOK-DC4", "portCode", "JPYOK", "containerNo", refusedContainer, "blNo", bl,
                        "status", "RELEASED"),
                record("EXPORT_STATUS", "UKB-PC18", "portCode", "JPUKB", "containerNo", exportContainer,
                        "bookingNo", booking, "receivingAllowed", true, "gateInAt", "2026-05-30T14:20:00+09:00",
                        "vgmReceived", true, "exportPermitted", false, "loaded", false),
                record("EXPORT_STATUS", "UKB-PC18", "portCode", "JPUKB", "containerNo", secondExportContainer,
                        "bookingNo", booking, "receivingAllowed", false, "receivingHoldReason", "一括搬入開始前"));

        JsonNode outcome = pollAndProcess();

        // six records in pages of five (application-test.yml): two pages at least, each archived raw and processed
        assertThat(outcome.get("pages").asInt()).isGreaterThanOrEqualTo(2);
        for (JsonNode id : outcome.get("wireMessages")) {
            JsonNode page = message(id.asLong());
            assertThat(page.get("status").asText()).as(page.path("reason").asText()).isEqualTo("PROCESSED");
            assertThat(page.get("channel").asText()).isEqualTo("COLINS");
            assertThat(page.get("content").asText()).startsWith("{\"cursor\":");
        }
        assertThat(droppedRecords("YOK-DC4")).isEqualTo(droppedBefore + 1);

        TestRestTemplate company = PlatformFixtures.administrator(http,
                PlatformFixtures.company(http, "CLQ", BusinessType.CUSTOMS_BROKER));
        JsonNode movements = company.getForObject("/api/v1/colins/vessel-movements?voyageNo={v}", JsonNode.class, voyage);
        assertThat(movements).hasSize(2);
        assertThat(movements.get(0).get("terminalCode").asText()).isEqualTo("TYO-OI3");
        assertThat(time(movements.get(0), "actualArrival")).isEqualTo("2026-06-01T08:40+09:00");
        assertThat(time(movements.get(0), "cargoCutOff")).isEqualTo("2026-05-31T12:00+09:00");
        assertThat(movements.get(1).get("terminalCode").asText()).isEqualTo("YOK-MC3");

        JsonNode byBl = company.getForObject("/api/v1/colins/import-release?blNo={b}", JsonNode.class, bl);
        assertThat(byBl).singleElement().satisfies(release -> {
            assertThat(release.get("containerNo").asText()).isEqualTo(heldContainer);
            assertThat(release.get("status").asText()).isEqualTo("ON_HOLD");
            assertThat(release.get("holdReason").asText()).isEqualTo("税関検査中");
            assertThat(release.get("customsReleased").asBoolean()).isFalse();
            assertThat(release.get("yardLocation").asText()).isEqualTo("3A-12-04-2");
        });
        assertThat(company.getForObject("/api/v1/colins/import-release?containerNo={c}", JsonNode.class,
                refusedContainer)).isEmpty();
        assertThat(company.getForObject("/api/v1/colins/export-status?bookingNo={b}", JsonNode.class, booking))
                .extracting(status -> status.get("containerNo").asText())
                .containsExactlyInAnyOrder(exportContainer, secondExportContainer);
        assertThat(company.getForObject("/api/v1/colins/export-status?containerNo={c}", JsonNode.class,
                exportContainer)).singleElement().satisfies(status -> {
                    assertThat(status.get("vgmReceived").asBoolean()).isTrue();
                    assertThat(time(status, "gateInAt")).isEqualTo("2026-05-30T14:20+09:00");
                });
    }

    @Test
    void inputAssistanceAnswersTheScheduleOfAVoyageToPrefillAForm() {
        String voyage = unique("S");
        report(record("VESSEL_MOVEMENT", "YOK-HBD5", "portCode", "JPYOK", "vesselName", "Minato  Star",
                        "callSign", "7JQX", "voyageNo", voyage, "carrierCode", "MAEU",
                        "scheduledArrival", "2026-07-02T06:00:00+09:00", "scheduledDeparture", "2026-07-03T01:00:00+09:00",
                        "cargoReceivingStart", "2026-06-29T08:30:00+09:00", "cargoCutOff", "2026-07-01T12:00:00+09:00"),
                record("VESSEL_MOVEMENT", "UKB-RC5", "portCode", "JPUKB", "vesselName", "MINATO STAR",
                        "callSign", "7JQX", "voyageNo", voyage, "carrierCode", "MAEU",
                        "scheduledArrival", "2026-07-04T07:00:00+09:00", "cargoCutOff", "2026-07-03T12:00:00+09:00"));
        pollAndProcess();
        TestRestTemplate company = PlatformFixtures.administrator(http,
                PlatformFixtures.company(http, "CLS", BusinessType.FORWARDER));

        JsonNode schedule = company.getForObject("/api/v1/colins/schedule?vessel={n}&voyage={v}&carrierCode=MAEU",
                JsonNode.class, "minato star", voyage);

        assertThat(schedule.get("calls")).extracting(call -> call.get("terminalCode").asText())
                .containsExactly("YOK-HBD5", "UKB-RC5");
        assertThat(schedule.at("/calls/0/terminalName").asText()).isEqualTo("本牧ふ頭 D-5ターミナル");
        JsonNode prefill = schedule.get("prefill");
        assertThat(prefill.get("voyageNo").asText()).isEqualTo(voyage);
        assertThat(prefill.get("portCode").asText()).isEqualTo("JPYOK");
        assertThat(time(prefill, "eta")).isEqualTo("2026-07-02T06:00+09:00");
        assertThat(time(prefill, "etd")).isEqualTo("2026-07-03T01:00+09:00");
        assertThat(time(prefill, "cargoCutOff")).isEqualTo("2026-07-01T12:00+09:00");
        // by call sign and by port too; another carrier's SCAC finds nothing
        assertThat(company.getForObject("/api/v1/colins/schedule?vessel=7JQX&voyage={v}&port=JPUKB", JsonNode.class,
                voyage).at("/prefill/terminalCode").asText()).isEqualTo("UKB-RC5");
        ResponseEntity<JsonNode> otherCarrier = company.getForEntity(
                "/api/v1/colins/schedule?vessel=MINATO STAR&voyage={v}&carrierCode=ONEY", JsonNode.class, voyage);
        assertThat(otherCarrier.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherCarrier.getBody().get("detail").asText()).contains("Colins reports no call of vessel");
    }

    @Test
    void queriesNeedALoginAndExactlyOneKey() {
        assertThat(anonymous.getForEntity("/api/v1/colins/vessel-movements", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> both = http.getForEntity("/api/v1/colins/import-release?containerNo=X&blNo=Y",
                JsonNode.class);
        ResponseEntity<JsonNode> none = http.getForEntity("/api/v1/colins/export-status", JsonNode.class);

        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(both.getBody().get("detail").asText()).contains("exactly one of containerNo and blNo");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        TestRestTemplate company = PlatformFixtures.administrator(http,
                PlatformFixtures.company(http, "CLP", BusinessType.SHIPPER));
        assertThat(company.postForEntity("/api/v1/colins/poll", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSameVersionDeliveredTwiceIsStoredOnceAndALaterVersionReplacesIt() {
        String container = containerNo();
        String booking = unique("BK");
        var version = record("EXPORT_STATUS", "YOK-MC3", "portCode", "JPYOK", "containerNo", container,
                "bookingNo", booking, "receivingAllowed", true, "loaded", false, "updatedAt", "2026-06-01T10:00:00+09:00");
        report(version);
        pollAndProcess();

        // Colins sends the very same version again (a terminal re-sent its file)
        report(version);
        JsonNode again = pollAndProcess();

        JsonNode page = message(again.get("wireMessages").get(0).asLong());
        assertThat(page.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(page.at("/correlation/alreadyStored").asText()).isEqualTo("1");
        assertThat(page.at("/correlation/stored").asText()).isEqualTo("0");
        assertThat(rows(container)).isEqualTo(1);

        var loaded = record("EXPORT_STATUS", "YOK-MC3", "portCode", "JPYOK", "containerNo", container,
                "bookingNo", booking, "receivingAllowed", true, "loaded", true, "loadedAt", "2026-06-02T03:10:00+09:00",
                "updatedAt", "2026-06-02T03:15:00+09:00");
        report(loaded);
        pollAndProcess();

        assertThat(rows(container)).isEqualTo(2);
        assertThat(http.getForObject("/api/v1/colins/export-status?containerNo={c}", JsonNode.class, container))
                .singleElement().satisfies(status -> {
                    assertThat(status.get("loaded").asBoolean()).isTrue();
                    assertThat(time(status, "updatedAt")).isEqualTo("2026-06-02T03:15+09:00");
                });
    }

    @Test
    void aMalformedPageIsArchivedRejectedWithTheReasonAndTheFeedGoesOnOnceColinsServesItAgain() {
        String cursorBefore = http.getForObject("/api/v1/colins/status", JsonNode.class).at("/feed/cursor").asText();
        String malformed = "{\"cursor\": \"1\", \"hasMore\": false, \"records\": [{\"dataSet\": \"VESSEL_MOVEMENT\",";
        serveNextPage(malformed);

        JsonNode broken = poll();

        assertThat(broken.get("error").asText()).contains("has no readable cursor");
        long id = broken.get("wireMessages").get(0).asLong();
        JsonNode rejected = awaitStatus(id, "REJECTED");
        assertThat(rejected.get("content").asText()).isEqualTo(malformed);
        assertThat(rejected.get("reason").asText()).startsWith("the Colins page is not JSON: ").contains("(line 1, column");
        JsonNode status = http.getForObject("/api/v1/colins/status", JsonNode.class);
        assertThat(status.at("/feed/cursor").asText()).isEqualTo(cursorBefore);
        assertThat(status.at("/feed/lastError").asText()).contains("wire message " + id);

        // Colins serves its feed properly again: the next poll reads on from the same cursor
        String container = containerNo();
        report(record("IMPORT_RELEASE", "YOK-HBD5", "containerNo", container, "status", "RELEASED"));
        JsonNode recovered = pollAndProcess();
        assertThat(recovered.hasNonNull("error")).as(recovered.toString()).isFalse();
        assertThat(http.getForObject("/api/v1/colins/import-release?containerNo={c}", JsonNode.class, container))
                .hasSize(1);
        assertThat(http.getForObject("/api/v1/colins/status", JsonNode.class).get("feed").hasNonNull("lastError")).isFalse();

        // the archived page can be re-processed; the same bytes fail the same way, counted as a second attempt
        assertThat(http.postForEntity("/api/v1/messages/{id}/reprocess", null, JsonNode.class, id).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        JsonNode again = await().atMost(Duration.ofSeconds(30))
                .until(() -> message(id), message -> message.get("attempts").asInt() == 2
                        && message.get("status").asText().equals("REJECTED"));
        assertThat(again.get("reason").asText()).isEqualTo(rejected.get("reason").asText());
    }

    @Test
    void aBadRecordOrAnUnknownTerminalParksThePageWithTheReasonUntilFixedThenReprocessingTakesTheRest()
            throws IOException {
        String terminal = unique("UKB-NEW");
        String newTerminalContainer = containerNo();
        String goodContainer = containerNo();
        report(record("IMPORT_RELEASE", terminal, "portCode", "JPUKB", "containerNo", newTerminalContainer,
                        "status", "RELEASED"),
                record("IMPORT_RELEASE", "UKB-RC5", "portCode", "JPUKB", "containerNo", goodContainer,
                        "status", "RELEASED"),
                record("IMPORT_RELEASE", "UKB-RC5", "containerNo", "MNTU0000000", "status", "ON_HOLD",
                        "scheduledArrival", "tomorrow"));

        long id = pollAndProcess().get("wireMessages").get(0).asLong();

        JsonNode parked = message(id);
        assertThat(parked.get("status").asText()).isEqualTo("REJECTED");
        assertThat(parked.get("reason").asText())
                .startsWith("2 of 3 Colins record(s) not taken (the others were): ")
                .contains("/records/2/containerNo: 'MNTU0000000' is not an ISO 6346 container number")
                .contains("/records/2/holdReason: a container ON_HOLD needs the reason it is held")
                .contains("terminal '" + terminal + "' is not in the consent list")
                .contains("add it with consent: true or false, then re-process this message");
        assertThat(http.getForObject("/api/v1/colins/import-release?containerNo={c}", JsonNode.class, goodContainer))
                .hasSize(1);
        assertThat(http.getForObject("/api/v1/colins/import-release?containerNo={c}", JsonNode.class,
                newTerminalContainer)).isEmpty();

        // the fix: the operator learns the new terminal consented and adds it to the list (no restart)
        Files.writeString(COLINS_TERMINALS, "  " + terminal + ": {name: 新規ターミナル, port: JPUKB, consent: true}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(COLINS_TERMINALS.toFile().setLastModified(System.currentTimeMillis() + 2_000)).isTrue();
        assertThat(http.postForEntity("/api/v1/messages/{id}/reprocess", null, JsonNode.class, id).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        JsonNode again = await().atMost(Duration.ofSeconds(30))
                .until(() -> message(id), message -> message.get("attempts").asInt() == 2
                        && !message.get("status").asText().equals("RECEIVED"));
        // the bad record stays bad: the page is still REJECTED, now for it alone, and nothing was stored twice
        assertThat(again.get("reason").asText()).startsWith("1 of 3 Colins record(s) not taken").doesNotContain(terminal);
        assertThat(http.getForObject("/api/v1/colins/import-release?containerNo={c}", JsonNode.class,
                newTerminalContainer)).singleElement()
                .satisfies(release -> assertThat(release.get("terminalCode").asText()).isEqualTo(terminal));
        assertThat(again.at("/correlation/stored").asText()).isEqualTo("1");
        assertThat(again.at("/correlation/alreadyStored").asText()).isEqualTo("1");
    }

    private long droppedRecords(String terminal) {
        JsonNode dropped = http.getForObject("/api/v1/colins/status", JsonNode.class).get("dropped");
        return StreamSupport.stream(dropped.spliterator(), false)
                .filter(row -> row.get("terminalCode").asText().equals(terminal))
                .mapToLong(row -> row.get("records").asLong()).sum();
    }

    private int rows(String containerNo) {
        return jdbc.queryForObject("select count(*) from colins_export_statuses where container_no = ?", Integer.class,
                containerNo);
    }

    /** A time as the API answers it, normalised (seconds dropped when zero) for comparing. */
    private static String time(JsonNode node, String field) {
        return OffsetDateTime.parse(node.get(field).asText()).toString();
    }
}
