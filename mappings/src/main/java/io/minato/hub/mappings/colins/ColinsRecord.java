package io.minato.hub.mappings.colins;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One record of Colins data as a terminal reported it. A record is identified by its data set, its
 * {@link #recordKey() key} and its terminal; {@link #updatedAt()} tells its versions apart, so the
 * four together make a delivery idempotent.
 */
public sealed interface ColinsRecord permits VesselMovement, ImportRelease, ExportStatus {

    ColinsDataSet dataSet();

    /** What the record is about within its data set: the vessel call (vessel + voyage) or the container. */
    String recordKey();

    /** The terminal that reported it, as Colins codes it; only terminals that consented are passed on. */
    String terminalCode();

    /** UN/LOCODE of the port, e.g. {@code JPTYO}. */
    String portCode();

    /** When Colins last changed the record: the version. */
    OffsetDateTime updatedAt();

    /**
     * The values a deal's documents take from this record when the deal's auto-update is on (ETA/ETD,
     * cut-off, release status…); only those the record has.
     */
    List<ColinsField> dealFields();

    /** Words naming the record on a timeline, e.g. {@code ONE HARMONY 042E at TYO-OI4}. */
    String describe();
}
