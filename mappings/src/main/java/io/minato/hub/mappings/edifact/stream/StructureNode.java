package io.minato.hub.mappings.edifact.stream;

import java.util.List;

/** One position in a message's branching diagram: a segment or a segment group, with its occurrences. */
sealed interface StructureNode permits StructureNode.SegmentSlot, StructureNode.GroupSlot {

    int minOccurs();

    int maxOccurs();

    /**
     * Whether the parse enforces {@link #minOccurs()}/{@link #maxOccurs()}. The DFDL schemas mark
     * every position but a group's trigger and the message's first segment
     * {@code occursCountKind="parsed"}: Daffodil (validation off) then takes as many as it finds.
     */
    boolean enforced();

    /** The tag that starts this position: the segment's own, or a group's first segment's. */
    String trigger();

    /** A segment position, e.g. {@code DTM} max 9 at message level. */
    record SegmentSlot(String tag, int minOccurs, int maxOccurs, boolean enforced, SegmentDef segment) implements StructureNode {
        @Override
        public String trigger() {
            return tag;
        }
    }

    /** A segment group ({@code SegGrp-3}); its first child is its trigger segment. */
    record GroupSlot(String name, int minOccurs, int maxOccurs, boolean enforced, List<StructureNode> children) implements StructureNode {
        public GroupSlot {
            children = List.copyOf(children);
            if (children.isEmpty() || !(children.get(0) instanceof SegmentSlot)) {
                throw new IllegalArgumentException("segment group " + name + " does not start with a segment");
            }
        }

        @Override
        public String trigger() {
            return children.get(0).trigger();
        }
    }
}
