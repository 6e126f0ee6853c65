package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The message types a reader accepts (those it has a mapper for) in the directories the hub reads
 * (those whose Smooks schema pack is on the classpath). A message's directory comes from its UNH
 * (S009 0052/0054), never from configuration; the segment tags a message may use come from that
 * directory's schema, so an unknown segment is reported where it is instead of Smooks silently
 * turning the whole message into a {@code BadMessage}.
 */
final class MessageProfiles implements MessageRules {

    /** The directories issue 3 names; each has an {@code edifact-schemas} jar on the classpath. */
    static final List<String> DIRECTORIES = List.of("D95B", "D99B", "D00B", "D13B", "D16A");

    private final SortedSet<String> types;
    private final EdifactStructures structures;

    MessageProfiles(Set<String> types, EdifactStructures structures) {
        this.types = new TreeSet<>(types);
        this.structures = structures;
    }

    /** Why a message with this UNH S009 cannot be read here, or empty if it can. */
    @Override
    public Optional<String> unsupported(List<String> s009) {
        String label = typeOf(s009);
        if (s009.size() < 4 || !types.contains(s009.get(0))) {
            return Optional.of("message type " + label + " is not supported here (supported: "
                    + String.join(", ", types) + ")");
        }
        if (!"UN".equals(s009.get(3))) {
            return Optional.of("message " + label + ": controlling agency " + s009.get(3) + " is not supported (UN only)");
        }
        if (!DIRECTORIES.contains(directory(s009))) {
            return Optional.of("message " + label + ": directory " + s009.get(1) + ":" + s009.get(2)
                    + " is not supported (supported: " + String.join(", ", DIRECTORIES) + ")");
        }
        return Optional.empty();
    }

    /** The segment tags of the message type in its directory. */
    @Override
    public Set<String> segmentTags(List<String> s009) {
        return structures.segmentTags(directory(s009).toLowerCase(Locale.ROOT), s009.get(0));
    }

    Set<String> types() {
        return types;
    }

    private static String directory(List<String> s009) {
        return (s009.get(1) + s009.get(2)).toUpperCase(Locale.ROOT);
    }

    /** S009 as messages name it: 0065:0052:0054:0051, without association code. */
    static String typeOf(List<String> s009) {
        return String.join(":", s009.subList(0, Math.min(4, s009.size())));
    }
}
