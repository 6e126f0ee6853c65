package io.minato.hub.app.root;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootDecision;
import java.util.List;

/**
 * What one write of a document does to the deal's root document, decided before the document is
 * written: {@link #fields()} is what the document is to store (a new document's empty shared fields
 * filled from the root, a losing value replaced by the one that holds).
 *
 * @param type  null when the values come without a document (Colins)
 * @param alone whether the deal has no other document the values could reach (created in this transaction)
 */
public record RootPlan(long dealId, DocumentType type, List<RootDecision> decisions, JsonNode fields, boolean alone) {

    public List<RootDecision.Conflict> conflicts() {
        return decisions.stream().filter(RootDecision.Conflict.class::isInstance).map(RootDecision.Conflict.class::cast)
                .toList();
    }

    public List<RootDecision.Set> sets() {
        return decisions.stream().filter(RootDecision.Set.class::isInstance).map(RootDecision.Set.class::cast).toList();
    }

    boolean nothingToRecord() {
        return sets().isEmpty() && conflicts().isEmpty();
    }
}
