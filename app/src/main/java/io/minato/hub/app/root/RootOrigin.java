package io.minato.hub.app.root;

import io.minato.hub.app.event.Actor;
import io.minato.hub.mappings.document.root.RootSource;
import java.util.function.UnaryOperator;

/**
 * Where a write that offers root values comes from, as the lineage records it.
 *
 * @param source        the kind of source
 * @param wireMessageId the archived message it came in, if any
 * @param actor         who: a login, a partner's EDI identifier, {@code COLINS:<terminal>}, a TradeWaltz trade
 * @param partyId       the company it acted for, if any
 * @param positions     for a root field, where it sits in the source: the document item, the EDIFACT segment,
 *                      the Colins record, the TradeWaltz JSON path
 * @param eventActor    the timeline's actor; null = as {@link io.minato.hub.app.event.Events} works it out
 *                      (the request's caller, else the wire message's partner)
 */
public record RootOrigin(RootSource source, Long wireMessageId, String actor, Long partyId,
                         UnaryOperator<String> positions, Actor eventActor) {

    public String positionOf(String field) {
        return positions.apply(field);
    }
}
