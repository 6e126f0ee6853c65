package io.minato.hub.mappings.edifact.stream;

import java.util.List;
import java.util.Map;

/**
 * A minimal, immutable view of one XSD element (local name, the few attributes the structure
 * model needs, children), so the 3.6 MB message schemas never become a full DOM.
 */
record XsdNode(String name, Map<String, String> attributes, List<XsdNode> children) {

    XsdNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    String attribute(String key) {
        return attributes.get(key);
    }

    int occurs(String key) {
        String value = attributes.get(key);
        if (value == null) {
            return 1;
        }
        return "unbounded".equals(value) ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    /** {@code D99B:BGM-BeginningOfMessage} → {@code BGM-BeginningOfMessage}. */
    static String local(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }
}
