package io.minato.hub.mappings.edifact.stream;

import java.util.List;

/**
 * Everything needed to build one message's DFDL-shaped DOM: the message body between UNH and UNT
 * as segment and group positions, and the service segments' own definitions.
 *
 * @param directory lower-case directory, e.g. {@code d99b}
 * @param namespace the DFDL schema's target namespace, used for {@code Message} and the message element
 * @param prefix    the prefix Smooks' infoset uses for it, e.g. {@code D99B}
 */
record MessageStructure(String directory, String type, String namespace, String prefix,
                        List<StructureNode> body, SegmentDef unh, SegmentDef unt) {

    MessageStructure {
        body = List.copyOf(body);
    }
}
