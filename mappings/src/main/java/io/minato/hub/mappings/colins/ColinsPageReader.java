package io.minato.hub.mappings.colins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.mappings.colins.ImportRelease.ReleaseStatus;
import io.minato.hub.mappings.support.MappingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of the Colins changes feed ({@code GET /colins/v1/changes}) into records:
 * <pre>
 * {"cursor": "…", "hasMore": false, "records": [{"dataSet": "VESSEL_MOVEMENT", "terminalCode": "TYO-OI4", …}]}
 * </pre>
 * A page that is not JSON or has no {@code records} array cannot be read at all
 * ({@link MappingException} with the position); a record that cannot be read is left out and named
 * in {@link ColinsPage#problems()} by its JSON pointer, so one bad record does not hold back the
 * others. Fields the hub does not know are ignored: Colins may add some.
 */
public final class ColinsPageReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ColinsPageReader() {
    }

    public static ColinsPage read(byte[] page) {
        JsonNode root;
        try {
            root = JSON.readTree(page);
        } catch (JsonProcessingException e) {
            throw new MappingException(null, "the Colins page is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject() || !root.path("records").isArray()) {
            throw new MappingException(null, "the Colins page has no \"records\" array at /records");
        }
        List<ColinsRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode items = root.get("records");
        for (int i = 0; i < items.size(); i++) {
            RecordFields fields = new RecordFields(items.get(i), "/records/" + i);
            ColinsRecord record = read(fields);
            if (fields.problems().isEmpty()) {
                records.add(record);
            } else {
                problems.addAll(fields.problems());
            }
        }
        return new ColinsPage(text(root.get("cursor")), root.path("hasMore").asBoolean(false), items.size(), records,
                problems);
    }

    private static ColinsRecord read(RecordFields fields) {
        if (!fields.isObject()) {
            fields.problem("", "a record is a JSON object");
            return null;
        }
        String dataSet = fields.text("dataSet", true);
        if (dataSet == null) {
            return null;
        }
        return switch (dataSet) {
            case "VESSEL_MOVEMENT" -> vesselMovement(fields);
            case "IMPORT_RELEASE" -> importRelease(fields);
            case "EXPORT_STATUS" -> exportStatus(fields);
            default -> {
                fields.problem("dataSet", "'" + dataSet + "' is none of VESSEL_MOVEMENT, IMPORT_RELEASE, EXPORT_STATUS");
                yield null;
            }
        };
    }

    private static VesselMovement vesselMovement(RecordFields f) {
        String imo = f.text("imoNumber", false);
        if (imo != null && !CheckDigits.isImoNumber(imo)) {
            f.problem("imoNumber", "'" + imo + "' is not an IMO number (7 digits, the last its check digit)");
        }
        VesselMovement movement = new VesselMovement(f.terminal(), f.port(), orBlank(f.text("vesselName", true)),
                imo, f.text("callSign", false), orBlank(f.text("voyageNo", true)), f.text("carrierCode", false),
                f.time("scheduledArrival"), f.time("actualArrival"), f.time("scheduledDeparture"),
                f.time("actualDeparture"), f.time("cargoReceivingStart"), f.time("cargoCutOff"),
                f.text("source", false), f.updatedAt());
        return f.problems().isEmpty() ? movement : null;
    }

    private static ImportRelease importRelease(RecordFields f) {
        String containerNo = f.containerNo();
        ReleaseStatus status = f.choice("status", ReleaseStatus.class);
        String holdReason = f.text("holdReason", false);
        if (status == ReleaseStatus.ON_HOLD && holdReason == null) {
            f.problem("holdReason", "a container ON_HOLD needs the reason it is held");
        }
        if (!f.problems().isEmpty()) {
            return null;
        }
        return new ImportRelease(f.terminal(), f.port(), containerNo, f.text("blNo", false), f.text("vesselName", false),
                f.text("voyageNo", false), status, holdReason, f.flag("customsReleased"), f.flag("carrierReleased"),
                f.time("availableFrom"), f.date("freeTimeUntil"), f.text("yardLocation", false), f.updatedAt());
    }

    private static ExportStatus exportStatus(RecordFields f) {
        String containerNo = f.containerNo();
        ExportStatus status = new ExportStatus(f.terminal(), f.port(), containerNo, f.text("bookingNo", false),
                f.text("carrierCode", false), f.text("vesselName", false), f.text("voyageNo", false),
                f.flag("receivingAllowed"), f.text("receivingHoldReason", false), f.time("gateInAt"),
                f.flag("vgmReceived"), f.flag("exportPermitted"), f.flag("loaded"), f.time("loadedAt"), f.updatedAt());
        return f.problems().isEmpty() ? status : null;
    }

    /** Lets a record with a missing mandatory value be built only to be dropped for its problem. */
    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
