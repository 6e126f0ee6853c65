package io.minato.hub.mappings.naccs.output;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * What an output says about one thing NACCS tracks (a declaration, a cargo, a container, a vessel),
 * as of the output's reception date-time. Applied field by field: a value older than the one held
 * for the same field is kept on the timeline but does not replace it.
 *
 * @param subject e.g. {@code DECLARATION:20260000001}, {@code CARGO:<export control number>}
 * @param fields  item name → value
 * @param asOf    the output's reception date-time (common part)
 */
public record CustomsUpdate(String subject, Map<String, String> fields, LocalDateTime asOf) {

    public CustomsUpdate {
        fields = Map.copyOf(fields);
    }
}
