package io.minato.hub.app.naccs.output;

import java.time.LocalDateTime;

/** One field NACCS told about a deal's declaration, cargo, container or vessel, as of when. */
record CustomsStateRow(String subject, String field, String value, LocalDateTime asOf, long wireMessageId) {
}
