package io.minato.hub.mappings.edifact.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The branching diagrams of UN/EDIFACT messages, read from the Smooks DFDL schemas on the
 * classpath ({@code org.smooks.cartridges.edi:edifact-schemas:<directory>}) once per directory and
 * message type, on first use, and kept for the life of the instance. Reading a message type takes
 * tens of milliseconds (one StAX pass over the directory's schemas), against 30–70 s for Daffodil
 * to compile the same schema. Thread-safe; share one instance.
 */
public final class EdifactStructures {

    static final String SERVICE_SCHEMA = "/EDIFACT-Common/EDIFACT-Service-Segments-4.1.dfdl.xsd";
    private static final Pattern DIRECTORY = Pattern.compile("[a-z][0-9]{2}[a-z]");

    private final Map<String, TypeResolver> segmentsByDirectory = new ConcurrentHashMap<>();
    private final Map<String, MessageStructure> messages = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> segmentTags = new ConcurrentHashMap<>();
    private volatile TypeResolver service;

    /** Loads a message type now (e.g. at start-up) instead of on its first message. */
    public void preload(String directory, String messageType) {
        structure(directory, messageType);
    }

    /** Every segment tag the message type's branching diagram has, at any depth, e.g. {@code BGM}, {@code NAD}. */
    public Set<String> segmentTags(String directory, String messageType) {
        return segmentTags.computeIfAbsent(directory + '/' + messageType, key -> {
            Set<String> tags = new HashSet<>();
            collectTags(structure(directory, messageType).body(), tags);
            return Set.copyOf(tags);
        });
    }

    private static void collectTags(List<StructureNode> nodes, Set<String> tags) {
        for (StructureNode node : nodes) {
            if (node instanceof StructureNode.GroupSlot group) {
                collectTags(group.children(), tags);
            } else {
                tags.add(node.trigger());
            }
        }
    }

    /** {@code D} + {@code 99B} (UNH S009 0052 and 0054) → {@code d99b}, the schema pack's folder. */
    static String directoryOf(String version, String release) {
        return (version + release).toLowerCase(Locale.ROOT);
    }

    MessageStructure structure(String directory, String messageType) {
        return messages.computeIfAbsent(directory + '/' + messageType, key -> load(directory, messageType));
    }

    SegmentDef serviceSegment(String tag, String typeName) {
        return service().segment(tag, typeName);
    }

    private MessageStructure load(String directory, String messageType) {
        if (!DIRECTORY.matcher(directory).matches() || !messageType.matches("[A-Z]{6}")) {
            throw new IllegalArgumentException("not an EDIFACT directory and message type: " + directory + " " + messageType);
        }
        String resource = "/" + directory + "/EDIFACT-Messages.dfdl.xsd";
        XsdReader.Definitions definitions = XsdReader.read(resource, messageType::equals);
        XsdNode type = definitions.byName().get(messageType);
        if (type == null) {
            throw new IllegalArgumentException("message type " + messageType + " is not defined in directory " + directory);
        }
        TypeResolver segments = segmentsByDirectory.computeIfAbsent(directory, dir -> {
            String segmentResource = "/" + dir + "/EDIFACT-Segments.dfdl.xsd";
            return new TypeResolver(segmentResource, XsdReader.read(segmentResource, name -> true).byName());
        });
        List<StructureNode> body = nodes(type.children().get(0), segments::segment);
        return new MessageStructure(directory, messageType, definitions.targetNamespace(),
                directory.toUpperCase(Locale.ROOT), body,
                serviceSegment("UNH", "UNH-MessageHeader"), serviceSegment("UNT", "UNT-MessageTrailer"));
    }

    /** Children of a message or group sequence; nested plain sequences only wrap segments, so they flatten. */
    private static List<StructureNode> nodes(XsdNode sequence, SegmentLookup segments) {
        List<StructureNode> nodes = new ArrayList<>();
        for (XsdNode child : sequence.children()) {
            if (child.name().equals("sequence")) {
                nodes.addAll(nodes(child, segments));
            } else if (child.name().equals("element")) {
                nodes.add(node(child, segments));
            } else {
                throw new IllegalStateException("unexpected xsd:" + child.name() + " in a message structure");
            }
        }
        return nodes;
    }

    private static StructureNode node(XsdNode element, SegmentLookup segments) {
        String name = element.attribute("name");
        int min = element.attributes().containsKey("minOccurs") ? element.occurs("minOccurs") : 1;
        int max = element.occurs("maxOccurs");
        boolean enforced = !"parsed".equals(element.attribute("dfdl:occursCountKind"));
        if (element.attribute("type") != null) {
            return new StructureNode.SegmentSlot(name, min, max, enforced,
                    segments.segment(name, XsdNode.local(element.attribute("type"))));
        }
        XsdNode complexType = element.children().get(0);
        return new StructureNode.GroupSlot(name, min, max, enforced, nodes(complexType.children().get(0), segments));
    }

    private TypeResolver service() {
        TypeResolver resolver = service;
        if (resolver == null) {
            synchronized (this) {
                if (service == null) {
                    service = new TypeResolver(SERVICE_SCHEMA, XsdReader.read(SERVICE_SCHEMA, name -> true).byName());
                }
                resolver = service;
            }
        }
        return resolver;
    }

    /** Resolves a segment type name in the directory's segment schema. */
    @FunctionalInterface
    private interface SegmentLookup {
        SegmentDef segment(String tag, String typeName);
    }

}
