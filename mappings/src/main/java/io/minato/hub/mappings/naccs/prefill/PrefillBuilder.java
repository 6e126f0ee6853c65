package io.minato.hub.mappings.naccs.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects a prefill item by item from a deal's documents, keeping the source of every value. Fields are
 * read by JSON pointer, so a document type without a typed record works like any other; the first
 * document field that holds a value wins, so callers list fields most trusted first.
 */
public final class PrefillBuilder {

    /** Kilograms (UN/ECE Rec. 20), the unit every document here gives weights in. */
    public static final String KILOGRAMS = "KGM";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** A field of a document type a value may come from. */
    public record Field(DocumentType type, String pointer) {
    }

    private final String businessCode;
    private final DealDocuments documents;
    private final Map<DocumentType, Optional<SourceDocument>> latest = new EnumMap<>(DocumentType.class);
    private final Map<String, String> items = new LinkedHashMap<>();
    private final Map<String, ItemSource> sources = new LinkedHashMap<>();
    private final Map<String, String> notApplicable = new LinkedHashMap<>();

    public PrefillBuilder(String businessCode, DealDocuments documents) {
        this.businessCode = businessCode;
        this.documents = documents;
    }

    public static Field field(DocumentType type, String pointer) {
        return new Field(type, pointer);
    }

    /** The deal's latest document of the type, read once. */
    public Optional<SourceDocument> document(DocumentType type) {
        return latest.computeIfAbsent(type, documents::latest);
    }

    /** Fills the item with the first non-blank text (or number) among the fields; true if filled. */
    public boolean text(String key, Field... fields) {
        return fill(key, PrefillBuilder::text, fields);
    }

    /** Like {@link #text} for a date item ({@code yyyyMMdd}). */
    public boolean date(String key, Field... fields) {
        return fill(key, PrefillBuilder::date, fields);
    }

    /** Fills the item with the first value {@code read} finds among the fields; true if filled. */
    public boolean fill(String key, Function<JsonNode, String> read, Field... fields) {
        if (items.containsKey(key)) {
            return true;
        }
        for (Field field : fields) {
            Optional<SourceDocument> document = document(field.type());
            if (document.isEmpty()) {
                continue;
            }
            String value = read.apply(document.get().fields().at(field.pointer()));
            if (value != null && !value.isBlank()) {
                put(key, value, document.get().at(field.pointer()));
                return true;
            }
        }
        return false;
    }

    /** Fills an item with a value computed from a document; {@code source} says from what. */
    public void put(String key, String value, ItemSource source) {
        if (value != null && !value.isBlank()) {
            items.put(key, value.strip());
            sources.put(key, source);
        }
    }

    /** The value of a filled item; null if it is not filled. */
    public String value(String key) {
        return items.get(key);
    }

    /** Where a filled item came from; null if it is not filled. */
    public ItemSource source(String key) {
        return sources.get(key);
    }

    public boolean filled(String key) {
        return items.containsKey(key);
    }

    /** The item does not apply to this deal; the reason is shown to the user. */
    public void notApplicable(String item, String reason) {
        notApplicable.put(item, reason);
    }

    public Prefill build(List<String> layoutItems) {
        return new Prefill(businessCode, items, sources, Prefill.applicable(layoutItems, notApplicable),
                notApplicable);
    }

    /** Text of a string or number node; null for anything else. */
    public static String text(JsonNode node) {
        return node != null && (node.isTextual() || node.isNumber()) ? node.asText() : null;
    }

    /**
     * A date as {@code yyyyMMdd} from ISO text ({@code 2025-04-10}, also with a time) or Jackson's array
     * form ({@code [2025,4,10]}), which depends on how the document was serialized.
     */
    public static String date(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() && node.size() >= 3) {
            return YYYYMMDD.format(LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt()));
        }
        if (node.isTextual() && node.asText().length() >= 10) {
            try {
                return YYYYMMDD.format(LocalDate.parse(node.asText().substring(0, 10)));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** A decimal as NACCS numeric items hold it: plain, without trailing zeros; null if not a number. */
    public static String number(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? null : plain(value);
    }

    public static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && node.asText().matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(node.asText());
        }
        return null;
    }

    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Item name of a value key: {@code containerNumber[2]} → {@code containerNumber}. */
    public static String itemName(String key) {
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }

    /** Value key of one repetition, 1-based, as the NACCS codec keys it. */
    public static String key(String name, int repeat) {
        return name + "[" + repeat + "]";
    }
}
