package io.minato.hub.mappings.tradewaltz;

/**
 * The parties of a request; absent ones are null. An export request names its exporter, an import
 * request its importer; both name the forwarder they are addressed to.
 */
public record TradeWaltzParties(TradeWaltzParty exporter, TradeWaltzParty importer, TradeWaltzParty forwarder,
                                TradeWaltzParty consignee, TradeWaltzParty notifyParty) {
}
