package io.minato.hub.mappings.document.root;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, for one write of a document, what each of its shared fields does to the deal's root
 * document. Only values the write gives (a new document's, or a changed one) are offered: a field the
 * write leaves as it was does not fight the root again. An emptied field is the document's own
 * business and clears nothing elsewhere.
 */
public final class RootRules {

    private final RootPrecedence precedence;

    public RootRules(RootPrecedence precedence) {
        this.precedence = precedence;
    }

    /**
     * @param current          the deal's root values by field name
     * @param colinsAutoUpdate whether the deal's Colins auto-update is on
     */
    public List<RootDecision> decide(Map<String, RootEntry> current, RootSource source, List<RootOffer> offers,
                                     boolean colinsAutoUpdate) {
        List<RootDecision> decisions = new ArrayList<>();
        for (RootOffer offer : offers) {
            RootEntry root = current.get(offer.field());
            if (offer.empty()) {
                if (offer.creating() && root != null) {
                    decisions.add(new RootDecision.Fill(offer.field(), root));
                }
                continue;
            }
            if (!offer.changed() || (root != null && RootValues.same(root.value(), offer.value()))) {
                continue;
            }
            if (root == null || precedence.mayReplace(offer.field(), source, root.source(), colinsAutoUpdate)) {
                decisions.add(new RootDecision.Set(offer.field(), offer.value(), root));
            } else {
                decisions.add(new RootDecision.Conflict(offer.field(), offer.value(), root,
                        precedence.describe(offer.field())));
            }
        }
        return List.copyOf(decisions);
    }

    public RootPrecedence precedence() {
        return precedence;
    }
}
