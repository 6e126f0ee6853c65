package io.minato.hub.mappings.wire;

/** The way a message entered or left the hub. */
public enum Channel {
    /** EDIFACT interchange dropped in the file inbox. */
    EDIFACT_FILE,
    /** EDIFACT interchange fetched from, or put on, a partner's SFTP server. */
    EDIFACT_SFTP,
    /** NACCS message by SMTP two-way (SMTP双方向). */
    NACCS_SMTP,
    /** A page of the Colins changes feed, polled over HTTP. */
    COLINS,
    /** A TradeWaltz webhook or request feed page in, a status update out (HTTP/JSON). */
    TRADEWALTZ;

    public boolean isEdifact() {
        return this == EDIFACT_FILE || this == EDIFACT_SFTP;
    }
}
