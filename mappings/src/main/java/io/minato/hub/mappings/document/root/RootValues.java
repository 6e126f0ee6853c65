package io.minato.hub.mappings.document.root;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** Comparing root values the way documents compare fields: numbers by value. */
final class RootValues {

    private RootValues() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        JsonNode left = RootOffer.isEmpty(a) ? NullNode.getInstance() : a;
        JsonNode right = RootOffer.isEmpty(b) ? NullNode.getInstance() : b;
        return left.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, right);
    }
}
