package io.minato.hub.mappings.tradewaltz;

import io.minato.hub.mappings.party.ParticipantRule;

/** What a TradeWaltz request asks of the forwarder. */
public enum RequestKind {
    /** 輸出船積依頼: the exporter asks its forwarder to ship; becomes an export deal with a UL040 S/I. */
    EXPORT_SHIPPING_REQUEST,
    /** 輸入取扱依頼: the importer asks its forwarder to handle an arrival; an import deal with UL280 (and UL270). */
    IMPORT_HANDLING_REQUEST;

    public ParticipantRule.Direction direction() {
        return this == EXPORT_SHIPPING_REQUEST ? ParticipantRule.Direction.EXPORT : ParticipantRule.Direction.IMPORT;
    }
}
