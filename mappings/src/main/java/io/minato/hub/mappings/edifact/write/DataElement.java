package io.minato.hub.mappings.edifact.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One data element of a segment to write: a simple element or a composite of components.
 * {@code null} values are written empty; trailing empty elements and components are left out,
 * as ISO 9735 requires (code 45 "trailing separator" otherwise).
 */
public sealed interface DataElement {

    static DataElement simple(String value) {
        return new Simple(value);
    }

    static DataElement composite(String... components) {
        return new Composite(Arrays.asList(components));
    }

    /** An empty element, to keep the positions of the ones after it. */
    static DataElement empty() {
        return new Simple(null);
    }

    /**
     * Repetitions of one element (syntax 4, separated by the repetition separator); each is a
     * simple element or a composite, an empty one is written as nothing between two separators.
     */
    static DataElement repeated(List<DataElement> repetitions) {
        return new Repeated(repetitions);
    }

    /** A simple (stand-alone) data element. */
    record Simple(String value) implements DataElement {
    }

    /** Repetitions of one element position; none of them is itself {@link Repeated}. */
    record Repeated(List<DataElement> repetitions) implements DataElement {
        public Repeated {
            repetitions = List.copyOf(repetitions);
            if (repetitions.isEmpty() || repetitions.stream().anyMatch(Repeated.class::isInstance)) {
                throw new IllegalArgumentException("repetitions must be one or more simple elements or composites");
            }
        }
    }

    /** A composite data element; its list may hold nulls for empty components. */
    record Composite(List<String> components) implements DataElement {
        public Composite {
            // List.copyOf refuses nulls, and null is how a caller says "empty component"
            components = Collections.unmodifiableList(new ArrayList<>(components));
        }
    }
}
