package io.minato.hub.app.colins;

import io.minato.hub.mappings.colins.ColinsTerminal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How the Colins connection stands, for the operator: the feed cursor and the last poll, what was dropped
 * for lack of consent, and the consent list in force.
 */
public record ColinsStatus(String baseUrl, boolean scheduled, Feed feed, List<Dropped> dropped,
                           List<ColinsTerminal> terminals, String terminalsLocation) {

    /**
     * @param lastWireMessageId the last page archived
     * @param lastError         why the last poll stopped early; cleared by the next good one
     */
    public record Feed(String cursor, Long lastWireMessageId, OffsetDateTime polledAt, String lastError,
                       OffsetDateTime lastErrorAt) {
    }

    /** Records of a terminal without consent, dropped and counted. */
    public record Dropped(String terminalCode, long records, OffsetDateTime lastDroppedAt) {
    }
}
