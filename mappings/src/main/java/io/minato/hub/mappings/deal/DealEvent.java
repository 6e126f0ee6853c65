package io.minato.hub.mappings.deal;

import io.minato.hub.mappings.support.EdiPosition;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Something that happened to a shipment or container, for the deal's timeline: a gate-in, a
 * load, a discharge, a status a carrier reports.
 *
 * @param type        e.g. {@code CONTAINER_GATE_IN}, {@code CONTAINER_LOADED}, {@code SHIPMENT_STATUS}
 * @param containerNo the container it concerns, if any
 * @param occurredAt  when it happened as the sender says (local time of the place), if said
 * @param location    UN/LOCODE or terminal code, if said
 * @param detail      further facts (status code, vessel, full/empty, seal), all strings
 * @param source      the segment it was read from
 */
public record DealEvent(String type, String containerNo, LocalDateTime occurredAt, String location,
                        Map<String, String> detail, EdiPosition source) {

    public DealEvent {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
