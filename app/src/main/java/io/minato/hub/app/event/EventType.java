package io.minato.hub.app.event;

/** What can happen on a deal; the first six are Cyber Port's webhook events. */
public enum EventType {
    DEAL_CREATED,
    ORGANIZATION_ADDED,
    ORGANIZATION_REMOVED,
    DOCUMENT_SENT,
    DOCUMENT_DELETED,
    NACCS_DATA_RECEIVED,
    DOCUMENT_RECEIVED,
    DOCUMENT_CREATED,
    DOCUMENT_UPDATED,
    /** A shipment or container event a carrier or terminal reported (IFTSTA, CODECO, COARRI); detail.event says which. */
    TRANSPORT_EVENT,
    NACCS_SUBMITTED,
    ATTACHMENT_ADDED, ATTACHMENT_REMOVED,
    /** Colins data matched a deal whose auto-update is on; detail names the record, the fields and their values. */
    COLINS_UPDATE,
    /** A participant switched the deal's Colins auto-update on or off (detail.enabled). */
    COLINS_AUTO_UPDATE,
    /**
     * Shared fields took new values in the deal's root document and reached its other documents; detail
     * names the source (document, segment, item or record), each field and the documents updated.
     */
    ROOT_FIELDS_UPDATED,
    /** A source offered shared-field values that lost by root.yml's precedence; detail names both sides and the rule. */
    ROOT_FIELD_CONFLICT,
    /** A TradeWaltz request reached the deal: applied, or an older version recorded and not applied (detail.outcome). */
    TRADEWALTZ_REQUEST
}
