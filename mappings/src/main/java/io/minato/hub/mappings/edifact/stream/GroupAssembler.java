package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.stream.StructureNode.GroupSlot;
import io.minato.hub.mappings.edifact.stream.StructureNode.SegmentSlot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The segment-group state machine of one message: for each segment tag it decides whether the
 * tag repeats the current position, moves forward in the current group, opens a (nested or next)
 * group that the tag triggers, or closes groups until one of the enclosing levels accepts it —
 * innermost first, as Daffodil's ordered sequences do. Builds the {@code SegGrp-n} nesting as it goes.
 */
final class GroupAssembler {

    /** Where a segment goes: its definition and the element to append it to. */
    record Placement(SegmentDef segment, Element parent) {
    }

    /** One open level: the message body or an occurrence of a group. */
    private static final class Level {
        private final String name;
        private final List<StructureNode> nodes;
        private final Element element;
        private int index;
        private int count;

        Level(String name, List<StructureNode> nodes, Element element) {
            this.name = name;
            this.nodes = nodes;
            this.element = element;
        }
    }

    private final Deque<Level> levels = new ArrayDeque<>();

    GroupAssembler(MessageStructure structure, Element body) {
        levels.push(new Level(structure.type(), structure.body(), body));
    }

    /** Where {@code tag} fits, or {@code null} when it fits nowhere from here on. */
    Placement place(String tag) {
        while (true) {
            Level level = levels.peek();
            for (int i = level.index; i < level.nodes.size(); i++) {
                StructureNode node = level.nodes.get(i);
                int seen = i == level.index ? level.count : 0;
                if (node.trigger().equals(tag) && (!node.enforced() || seen < node.maxOccurs())) {
                    level.index = i;
                    level.count = seen + 1;
                    return enter(level, node);
                }
                if (node.enforced() && seen < node.minOccurs()) {
                    break; // Daffodil cannot skip a mandatory position it enforces
                }
            }
            if (levels.size() == 1) {
                return null;
            }
            levels.pop();
        }
    }

    /** Where the message stands, for error messages: {@code SegGrp-6/SegGrp-7} or the message type. */
    String path() {
        StringBuilder path = new StringBuilder();
        levels.descendingIterator().forEachRemaining(level -> path.append(path.isEmpty() ? "" : "/").append(level.name));
        return path.toString();
    }

    /** The first mandatory position the message skipped or never reached, if any (Daffodil enforces these). */
    String missingMandatory() {
        for (Level level : levels) {
            for (int i = level.index; i < level.nodes.size(); i++) {
                StructureNode node = level.nodes.get(i);
                int seen = i == level.index ? level.count : 0;
                if (node.enforced() && seen < node.minOccurs()) {
                    return node instanceof GroupSlot group ? group.name() : node.trigger();
                }
            }
        }
        return null;
    }

    private Placement enter(Level level, StructureNode node) {
        if (node instanceof SegmentSlot slot) {
            return new Placement(slot.segment(), level.element);
        }
        GroupSlot group = (GroupSlot) node;
        Element element = level.element.getOwnerDocument().createElementNS(null, group.name());
        level.element.appendChild(element);
        Level opened = new Level(group.name(), group.children(), element);
        opened.count = 1;
        levels.push(opened);
        return new Placement(((SegmentSlot) group.children().get(0)).segment(), element);
    }
}
