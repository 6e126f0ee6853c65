package io.minato.hub.mappings.edifact;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Which subject a segment speaks of in container and status messages: an equipment (EQD group),
 * a consignment (CNI group), a status (STS group), or the message as a whole. A segment belongs to
 * the nearest enclosing group opened by one of those; a reference group (RFF-DTM), a location
 * group (LOC-DTM) or a transport group (TDT-…) belongs to whoever encloses it. This is what a
 * mapper needs where a plain descendant search would read the next container's booking as this
 * one's, and it works the same whatever the directory numbers the groups.
 */
final class SegmentScope {

    private static final Set<String> SUBJECTS = Set.of("EQD", "CNI", "STS");

    private final MessageView message;

    SegmentScope(MessageView message) {
        this.message = message;
    }

    /** The subject group the segment belongs to (its own group for an EQD, CNI or STS), else the body. */
    Element owner(Element segment) {
        return enclosing(segment.getParentNode());
    }

    /** The subject above {@code scope}; the body for a top-level subject. */
    Element outer(Element scope) {
        return scope == message.body() ? null : enclosing(scope.getParentNode());
    }

    /** {@code scope}, then every subject enclosing it, ending with the message body. */
    List<Element> chain(Element scope) {
        List<Element> chain = new ArrayList<>();
        for (Element current = scope; current != null; current = outer(current)) {
            chain.add(current);
        }
        return chain;
    }

    /** Segments with this tag that belong to {@code scope} itself, in input order. */
    List<Element> own(Element scope, String tag) {
        return message.all(scope, tag).stream().filter(segment -> owner(segment) == scope).toList();
    }

    /** The first segment of {@code scope} itself with this tag whose value at {@code path} is one of {@code codes}. */
    Optional<Element> own(Element scope, String tag, String path, String... codes) {
        List<String> wanted = Arrays.asList(codes);
        return own(scope, tag).stream()
                .filter(segment -> message.text(segment, path).filter(wanted::contains).isPresent())
                .findFirst();
    }

    /** Like {@link #own(Element, String, String, String...)}, looking outwards until found. */
    Optional<Element> nearest(Element scope, String tag, String path, String... codes) {
        for (Element level : chain(scope)) {
            Optional<Element> found = own(level, tag, path, codes);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The first DTM of {@code scope} itself with the first of {@code qualifiers} (in that order of
     * preference) that it has; a value that does not fit its format is an error at the DTM.
     */
    Optional<LocalDateTime> dateTime(Element scope, String... qualifiers) {
        for (String qualifier : qualifiers) {
            Optional<Element> dtm = own(scope, "DTM", "C507/E2005", qualifier);
            if (dtm.isPresent()) {
                return Optional.of(message.dateTime(dtm.get()));
            }
        }
        return Optional.empty();
    }

    private Element enclosing(Node start) {
        for (Node node = start; node instanceof Element group && node != message.body(); node = node.getParentNode()) {
            if (opensSubject(group)) {
                return group;
            }
        }
        return message.body();
    }

    private static boolean opensSubject(Element group) {
        for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element first) {
                return SUBJECTS.contains(Dom.name(first));
            }
        }
        return false;
    }
}
