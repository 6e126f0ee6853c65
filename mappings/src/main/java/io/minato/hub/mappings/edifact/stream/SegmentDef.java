package io.minato.hub.mappings.edifact.stream;

import java.util.List;

/** A segment's data elements and composites in position order, as the directory defines them. */
record SegmentDef(String tag, List<ElementDef> elements) {

    SegmentDef {
        elements = List.copyOf(elements);
    }
}
