package io.minato.hub.mappings.document.root;

import com.fasterxml.jackson.databind.JsonNode;

/** What the root document does with one shared field of a write. */
public sealed interface RootDecision {

    String field();

    /** The value the writing document keeps for the field (what it offered, unless overruled). */
    JsonNode documentValue();

    /**
     * The offered value becomes the root's and reaches every document of the deal carrying the field.
     *
     * @param previous the root's value it replaces; null when the root had none
     */
    record Set(String field, JsonNode value, RootEntry previous) implements RootDecision {
        @Override
        public JsonNode documentValue() {
            return value;
        }
    }

    /** A new document left the field empty: it takes the root's value (入力は一度). */
    record Fill(String field, RootEntry root) implements RootDecision {
        @Override
        public JsonNode documentValue() {
            return root.value();
        }
    }

    /**
     * The offered value loses against the root's by the precedence rule: the root and the other
     * documents keep theirs, and the conflict is recorded and shown.
     *
     * @param rule the rule as users read it
     */
    record Conflict(String field, JsonNode offered, RootEntry kept, String rule) implements RootDecision {
        @Override
        public JsonNode documentValue() {
            return kept.value();
        }
    }
}
