package io.minato.hub.mappings.partner;

/** How interchanges reach a partner and come from it. */
public enum PartnerChannel {
    /** A directory inbox and outbox. */
    FILE,
    /** An SFTP server. */
    SFTP
}
