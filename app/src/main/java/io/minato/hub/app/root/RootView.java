package io.minato.hub.app.root;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The deal's root document as a caller may see it: each shared field with its value, source and time,
 * the documents carrying it and every value offered for it (field lineage).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RootView(long dealId, List<Field> fields) {

    /**
     * @param precedence the conflict rule for the field (root.yml)
     * @param documents  the deal's documents the caller may read that carry the field, with their value
     * @param lineage    every value offered for it, oldest first: taken (SET) or refused by the rule (KEPT)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String ja, String en, JsonNode value, Source source, OffsetDateTime setAt,
                        String precedence, List<Carrier> documents, List<Change> lineage) {
    }

    /**
     * Where a value came from.
     *
     * @param kind     USER, EDIFACT, NACCS, COLINS or TRADEWALTZ
     * @param document the document it was written in; absent when there was none or the caller may not read it
     * @param position the document item, EDIFACT segment, Colins record or TradeWaltz JSON path
     * @param by       a login, a partner's EDI identifier, a Colins terminal, a TradeWaltz trade
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String kind, DocumentRef document, Long wireMessageId, String position, String by) {
    }

    public record DocumentRef(long id, String type) {
    }

    /** A document carrying the field; {@code agrees} is false where a sent document kept its sent value. */
    public record Carrier(long id, String type, String status, JsonNode value, boolean agrees) {
    }

    /**
     * @param outcome SET (became the root's value) or KEPT (lost by the precedence rule: a conflict)
     * @param other   the value it replaced (SET) or the one that held (KEPT)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String outcome, JsonNode value, Source source, JsonNode other, String otherSource, String rule,
                         OffsetDateTime at) {
    }
}
