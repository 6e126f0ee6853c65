package io.minato.hub.mappings.colins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.colins.ImportRelease.ReleaseStatus;
import io.minato.hub.mappings.support.MappingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ColinsPageReaderTest {

    private static final String MOVEMENT = """
            {"dataSet": "VESSEL_MOVEMENT", "terminalCode": "TYO-OI4", "portCode": "JPTYO",
             "vesselName": "ONE  Harmony", "imoNumber": "9354789", "callSign": "3FZS9", "voyageNo": "042E",
             "carrierCode": "ONEY", "scheduledArrival": "2026-05-12T08:00:00+09:00",
             "scheduledDeparture": "2026-05-13T17:00:00+09:00", "cargoCutOff": "2026-05-11T12:00:00+09:00",
             "source": "TERMINAL", "updatedAt": "2026-05-01T10:15:30+09:00", "someNewField": 1}
            """;
    private static final String RELEASE = """
            {"dataSet": "IMPORT_RELEASE", "terminalCode": "YOK-MC3", "portCode": "JPYOK",
             "containerNo": "tcnu 7654328", "blNo": "ONEYSHAA00001", "status": "ON_HOLD",
             "holdReason": "税関検査中", "customsReleased": false, "carrierReleased": true,
             "availableFrom": "2026-05-14T09:00:00+09:00", "freeTimeUntil": "2026-05-20",
             "yardLocation": "3A-12-04-2", "updatedAt": "2026-05-02T08:00:00+09:00"}
            """;
    private static final String EXPORT = """
            {"dataSet": "EXPORT_STATUS", "terminalCode": "UKB-PC18", "portCode": "JPUKB",
             "containerNo": "MSKU9001127", "bookingNo": "ONEYUKBA0001", "receivingAllowed": true,
             "gateInAt": "2026-05-10T14:20:00+09:00", "vgmReceived": true, "exportPermitted": false,
             "loaded": false, "updatedAt": "2026-05-10T14:21:00+09:00"}
            """;

    @Test
    void readsEachDataSet() {
        ColinsPage page = read("{\"cursor\": \"1746000000000001\", \"hasMore\": true, \"records\": ["
                + MOVEMENT + "," + RELEASE + "," + EXPORT + "]}");

        assertThat(page.cursor()).isEqualTo("1746000000000001");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.problems()).isEmpty();
        assertThat(page.records()).hasSize(3);

        VesselMovement movement = (VesselMovement) page.records().get(0);
        assertThat(movement.vesselName()).isEqualTo("ONE  Harmony");
        assertThat(movement.recordKey()).isEqualTo("IMO9354789/042E");
        assertThat(movement.scheduledArrival()).isEqualTo(OffsetDateTime.parse("2026-05-12T08:00:00+09:00"));
        assertThat(movement.actualArrival()).isNull();
        assertThat(movement.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:15:30+09:00"));
        assertThat(movement.dealFields()).extracting(ColinsField::name)
                .containsExactly("scheduledArrival", "scheduledDeparture", "cargoCutOff");
        assertThat(movement.describe()).isEqualTo("ONE  Harmony 042E at TYO-OI4");

        ImportRelease release = (ImportRelease) page.records().get(1);
        assertThat(release.containerNo()).isEqualTo("TCNU7654328");
        assertThat(release.recordKey()).isEqualTo("TCNU7654328");
        assertThat(release.status()).isEqualTo(ReleaseStatus.ON_HOLD);
        assertThat(release.customsReleased()).isFalse();
        assertThat(release.freeTimeUntil()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(release.dealFields()).contains(new ColinsField("releaseStatus", "搬出可否", "ON_HOLD"),
                new ColinsField("holdReason", "搬出不可理由", "税関検査中"),
                new ColinsField("customsReleased", "税関搬出許可", "false"));

        ExportStatus export = (ExportStatus) page.records().get(2);
        assertThat(export.bookingNo()).isEqualTo("ONEYUKBA0001");
        assertThat(export.gateInAt()).isEqualTo(OffsetDateTime.parse("2026-05-10T14:20:00+09:00"));
        assertThat(export.dealFields()).extracting(ColinsField::name)
                .containsExactly("receivingAllowed", "gateInAt", "vgmReceived", "exportPermitted", "loaded");
    }

    @Test
    void aVesselWithoutImoNumberIsKeyedByCallSignElseByItsName() {
        ColinsPage page = read("{\"records\": [" + MOVEMENT.replace("\"imoNumber\": \"9354789\",", "") + ","
                + MOVEMENT.replace("\"imoNumber\": \"9354789\", \"callSign\": \"3FZS9\",", "") + "]}");

        assertThat(page.records()).extracting(ColinsRecord::recordKey)
                .containsExactly("3FZS9/042E", "ONE HARMONY/042E");
    }

    @Test
    void leavesOutBadRecordsNamingEachProblemByPointerAndKeepsTheGoodOnes() {
        String badTime = MOVEMENT.replace("2026-05-12T08:00:00+09:00", "2026/05/12 08:00");
        String badContainer = EXPORT.replace("MSKU9001127", "MSKU9001128");
        String heldWithoutReason = RELEASE.replace("\"holdReason\": \"税関検査中\",", "");
        String unknownSet = "{\"dataSet\": \"BERTH_PLAN\", \"terminalCode\": \"X\", \"updatedAt\": \"2026-05-01T00:00:00Z\"}";
        String noUpdate = RELEASE.replace("\"updatedAt\": \"2026-05-02T08:00:00+09:00\"", "\"yard\": 1");

        ColinsPage page = read("{\"records\": [" + badTime + "," + EXPORT + "," + badContainer + ","
                + heldWithoutReason + "," + unknownSet + "," + noUpdate + ", 42]}");

        assertThat(page.records()).singleElement().isInstanceOf(ExportStatus.class);
        assertThat(page.size()).isEqualTo(7);
        assertThat(page.unreadable()).isEqualTo(6);
        assertThat(page.problems()).containsExactly(
                "/records/0/scheduledArrival: '2026/05/12 08:00' is not an ISO-8601 date-time with offset"
                        + " (e.g. 2026-05-12T08:00:00+09:00)",
                "/records/2/containerNo: 'MSKU9001128' is not an ISO 6346 container number (e.g. CSQU3054383,"
                        + " the last digit its check digit)",
                "/records/3/holdReason: a container ON_HOLD needs the reason it is held",
                "/records/4/dataSet: 'BERTH_PLAN' is none of VESSEL_MOVEMENT, IMPORT_RELEASE, EXPORT_STATUS",
                "/records/5/updatedAt: missing: every Colins record carries the time it was last changed",
                "/records/6: a record is a JSON object");
    }

    @Test
    void refusesAPageThatIsNotJsonNamingWhere() {
        assertThatThrownBy(() -> read("{\"records\": [" + MOVEMENT + ",]"))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("the Colins page is not JSON: ")
                .hasMessageContaining("(line 6, column");
    }

    @Test
    void refusesAPageWithoutRecords() {
        assertThatThrownBy(() -> read("{\"cursor\": \"1\", \"items\": []}"))
                .isInstanceOf(MappingException.class)
                .hasMessage("the Colins page has no \"records\" array at /records");
    }

    private static ColinsPage read(String json) {
        return ColinsPageReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
