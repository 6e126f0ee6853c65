package io.minato.hub.mappings.colins;

import java.time.OffsetDateTime;

/**
 * Where Colins values applied to a deal came from, as the timeline (and later the root document's
 * field lineage) names it.
 *
 * @param recordId      the stored record version
 * @param wireMessageId the archived Colins page it arrived in
 * @param matchedBy     which of the deal's keys the record matched: vessel+voyage, container, booking, B/L
 */
public record ColinsSource(ColinsDataSet dataSet, String recordKey, String terminalCode, OffsetDateTime updatedAt,
                           String description, long recordId, long wireMessageId, String matchedBy) {

    public static ColinsSource of(ColinsRecord record, long recordId, long wireMessageId, String matchedBy) {
        return new ColinsSource(record.dataSet(), record.recordKey(), record.terminalCode(), record.updatedAt(),
                record.describe(), recordId, wireMessageId, matchedBy);
    }
}
