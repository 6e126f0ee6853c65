package io.minato.hub.mappings.edifact;

import java.util.List;

/** Every inbound message type the hub maps, in one place for the application, tests and benchmarks. */
public final class InboundMappers {

    private InboundMappers() {
    }

    public static List<InboundMapper> all() {
        return List.of(new IftmbcMapper(), new IftmanMapper(), new IftmcsMapper(), new CoparnMapper(),
                new IftstaMapper(), new CodecoMapper(), new CoarriMapper());
    }

    /** A reader for every inbound message type; share it, it is thread-safe. */
    public static EdifactReader reader() {
        return new EdifactReader(all());
    }
}
