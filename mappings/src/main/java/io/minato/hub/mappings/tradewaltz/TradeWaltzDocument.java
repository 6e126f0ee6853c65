package io.minato.hub.mappings.tradewaltz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.mappings.document.DocumentType;

/**
 * A document a request fills: its type and its fields as the type's definition
 * ({@code config/documents/types/ULxxx.yml}) names them.
 */
public record TradeWaltzDocument(DocumentType type, ObjectNode fields) {
}
