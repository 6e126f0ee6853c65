package io.minato.hub.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.document.DocumentView;
import java.util.Map;

/**
 * One document on its way into a bulk download: as the API shows it, and its fields flattened to
 * leaf paths (the CSV's columns).
 */
record ExportedDocument(DocumentView view, Map<String, JsonNode> leaves) {
}
