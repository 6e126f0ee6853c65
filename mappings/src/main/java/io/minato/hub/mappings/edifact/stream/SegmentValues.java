package io.minato.hub.mappings.edifact.stream;

import java.util.List;

/**
 * One segment of a read interchange by position, as a writer needs it: what the DOM holds put back
 * in the places the directory defines, release characters removed, trailing empty elements and
 * components left out (the ISO 9735 normalized form).
 *
 * @param tag      the segment tag, e.g. {@code NAD}
 * @param elements data element positions after the tag; {@code elements.get(0)} is element 1
 */
public record SegmentValues(String tag, List<Value> elements) {

    public SegmentValues {
        elements = List.copyOf(elements);
    }

    /**
     * One data element position: its repetitions (one, unless the element repeats with the
     * repetition separator of syntax 4), each the list of its components (a simple element has
     * one); an empty position has no repetition.
     */
    public record Value(List<List<String>> repetitions) {

        static final Value EMPTY = new Value(List.of());

        public Value {
            repetitions = repetitions.stream().map(List::copyOf).toList();
        }

        public boolean isEmpty() {
            return repetitions.isEmpty();
        }
    }
}
