package io.minato.hub.mappings.document.root;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A field's value in the deal's root document and where it came from.
 *
 * @param source      the kind of source
 * @param description the source as users read it, e.g. {@code UL050 ブッキング確認書 (No. 12), EDIFACT TDT+20}
 */
public record RootEntry(String field, JsonNode value, RootSource source, String description, OffsetDateTime setAt) {
}
