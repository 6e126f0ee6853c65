package io.minato.hub.app.tradewaltz;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The TradeWaltz connection as the operator sees it: the feed's cursor and last poll, and the status
 * updates owed to TradeWaltz by status and state.
 */
record TradeWaltzStatus(String baseUrl, Feed feed, List<Count> statusUpdates) {

    record Feed(String cursor, Long lastWireMessageId, OffsetDateTime polledAt, String lastError,
                OffsetDateTime lastErrorAt) {
    }

    record Count(String status, String state, long count) {
    }
}
