package io.minato.hub.mappings.edifact.stream;

import java.util.List;

/**
 * A data element or composite as a segment (or composite) defines it: DFDL element name
 * ({@code E1153}, {@code C506}), occurrences, and for simple elements whether the DFDL type is a
 * number (Daffodil then writes the value canonically: {@code 0830} → {@code 830}) and its maximum
 * length (kept for validation, not enforced: the DFDL parse runs with validation off).
 *
 * @param repeatSeparated the element sits in a DFDL "part repeat" sequence: its repetitions are
 *                        separated by the repetition separator, not by component positions
 * @param minDigits       integer digits a number is written with at least (the zeros of its
 *                        {@code dfdl:textNumberPattern}: UNB time {@code 0000} → 4), 0 for none;
 *                        the reader reads {@code 0830} as {@code 830}, a writer must give the zeros back
 */
record ElementDef(String name, int minOccurs, int maxOccurs, boolean repeatSeparated,
                  List<ElementDef> components, boolean numeric, int maxLength, int minDigits) {

    ElementDef {
        components = List.copyOf(components);
    }

    boolean composite() {
        return !components.isEmpty();
    }
}
