package io.minato.hub.mappings.colins;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of one record of a Colins page, read with their problems collected under JSON pointers
 * ({@code /records/3/scheduledArrival: …}), never thrown one at a time.
 */
final class RecordFields {

    private static final String UN_LOCODE = "[A-Z]{2}[A-Z2-9]{3}";

    private final JsonNode record;
    private final String pointer;
    private final List<String> problems = new ArrayList<>();

    RecordFields(JsonNode record, String pointer) {
        this.record = record;
        this.pointer = pointer;
    }

    boolean isObject() {
        return record != null && record.isObject();
    }

    List<String> problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(pointer + (field.isEmpty() ? "" : "/" + field) + ": " + message);
    }

    /** Text without surrounding blanks; blank is absent. */
    String text(String field, boolean mandatory) {
        JsonNode node = record.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (mandatory) {
                problem(field, "missing");
            }
            return null;
        }
        if (!node.isValueNode() || node.isBoolean()) {
            problem(field, "expected text, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        return node.asText().strip();
    }

    String terminal() {
        String terminal = text("terminalCode", true);
        return terminal == null ? "" : terminal;
    }

    String port() {
        String port = text("portCode", false);
        if (port != null && !port.matches(UN_LOCODE)) {
            problem("portCode", "'" + port + "' is not a UN/LOCODE (e.g. JPTYO)");
        }
        return port;
    }

    String containerNo() {
        String number = text("containerNo", true);
        if (number == null) {
            return "";
        }
        String normalized = number.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!CheckDigits.isContainerNumber(normalized)) {
            problem("containerNo", "'" + number + "' is not an ISO 6346 container number (e.g. CSQU3054383, the"
                    + " last digit its check digit)");
        }
        return normalized;
    }

    OffsetDateTime updatedAt() {
        OffsetDateTime updatedAt = time("updatedAt");
        if (updatedAt == null && record.get("updatedAt") == null) {
            problem("updatedAt", "missing: every Colins record carries the time it was last changed");
        }
        return updatedAt == null ? OffsetDateTime.MIN : updatedAt;
    }

    /** An ISO-8601 date-time with its offset: Colins times are Japan time, and must say so. */
    OffsetDateTime time(String field) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "'" + text + "' is not an ISO-8601 date-time with offset (e.g. 2026-05-12T08:00:00+09:00)");
            return null;
        }
    }

    LocalDate date(String field) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "'" + text + "' is not an ISO-8601 date (e.g. 2026-05-20)");
            return null;
        }
    }

    Boolean flag(String field) {
        JsonNode node = record.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(field, "expected true or false, got " + node);
            return null;
        }
        return node.booleanValue();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            problem(field, "'" + text + "' is none of " + String.join(", ", names));
            return null;
        }
    }
}
