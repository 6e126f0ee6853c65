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

    /** A simple (stand-alone) data element. */
    record Simple(String value) implements DataElement {
    }

    /** A composite data element; its list may hold nulls for empty components. */
    record Composite(List<String> components) implements DataElement {
        public Composite {
            // List.copyOf refuses nulls, and null is how a caller says "empty component"
            components = Collections.unmodifiableList(new ArrayList<>(components));
        }
    }
}
