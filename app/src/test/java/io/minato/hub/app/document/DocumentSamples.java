package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.FieldDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * A valid document of any type, generated from its definition: every field filled, optional ones too
 * (so a read-back compares them all), each repeat with as many rows as it needs and at least one.
 */
public final class DocumentSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentSamples() {
    }

    public static ObjectNode sample(DocumentDefinition definition) {
        return object(definition.fields());
    }

    private static ObjectNode object(List<FieldDefinition> fields) {
        ObjectNode object = NODES.objectNode();
        fields.forEach(field -> object.set(field.name(), value(field)));
        return object;
    }

    private static JsonNode value(FieldDefinition field) {
        return switch (field.type()) {
            case TEXT -> NODES.textNode(text(field));
            case CODE -> NODES.textNode(field.codes().closed() ? field.codes().codes().get(0) : field.codes().example());
            case NUMBER -> NODES.numberNode(number(field));
            case DATE -> NODES.textNode("2026-12-05");
            // seconds other than zero: java.time prints them back, so the read-back compares text as sent
            case DATETIME -> NODES.textNode("2026-12-05T17:30:15");
            case BOOLEAN -> NODES.booleanNode(true);
            case PARTY, GROUP -> object(field.fields());
            case REPEAT -> {
                ArrayNode rows = NODES.arrayNode();
                int count = Math.min(Math.max(field.minOccurs(), 2), field.maxOccurs());
                for (int i = 0; i < count; i++) {
                    rows.add(field.repeatOfValues() ? value(field.item()) : object(field.fields()));
                }
                yield rows;
            }
        };
    }

    private static String text(FieldDefinition field) {
        String text = "見本 " + field.name();
        return text.length() > field.maxLength() ? text.substring(0, field.maxLength()) : text;
    }

    /** 12 (or 12.5 with decimals), moved into the field's bounds. */
    private static BigDecimal number(FieldDefinition field) {
        BigDecimal value = field.scale() == 0 ? new BigDecimal("12") : new BigDecimal("12.5");
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            value = field.min();
        }
        if (field.max() != null && value.compareTo(field.max()) > 0) {
            value = field.max();
        }
        return value;
    }
}
