package io.minato.hub.app.event;

/** Through which way a change reached the hub, as a deal's timeline shows it. */
public enum EventChannel {
    /** A person through the REST API (HTTP Basic). */
    API,
    /** A company's system through an API key. */
    API_KEY,
    /** A person through the portal's pages. */
    PORTAL,
    /** An EDIFACT interchange from a partner; the event names its wire message. */
    EDIFACT,
    /** A NACCS message (SMTP two-way); the event names its wire message. */
    NACCS,
    /** The hub itself: schedules, seeding, jobs. */
    SYSTEM,
    /** Colins data (vessel movements, CY status) the hub polled; the event names its wire message. */
    COLINS,
    /** A TradeWaltz request (webhook or feed); the event names its wire message and the requesting company. */
    TRADEWALTZ
}
