package io.minato.hub.mappings.usage;

/** The way an operation reached the hub, as the fee rules need it. */
public enum UsageChannel {
    /** The web portal (GUI). */
    PORTAL,
    /** The REST API, by a person, an API key or an OAuth client. */
    API,
    /** An EDIFACT interchange. */
    EDIFACT,
    /** A NACCS message. */
    NACCS,
    /** Colins data (連携システム). */
    COLINS,
    /** A TradeWaltz request (連携システム). */
    TRADEWALTZ;

    /** The channels through which carriers and terminals provide data "through EDIFACT/API連携". */
    public boolean systemLink() {
        return this == EDIFACT || this == API;
    }
}
