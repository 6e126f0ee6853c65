package io.minato.hub.mappings.naccs;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Repeating items from a document's lists: containers of an A/N or B/L, container numbers of an S/I. */
final class Containers {

    private Containers() {
    }

    /** The first of the fields that is a non-empty list, with its document. */
    static Optional<Listed> first(PrefillBuilder builder, Field... lists) {
        for (Field list : lists) {
            Optional<SourceDocument> document = builder.document(list.type());
            if (document.isPresent()) {
                JsonNode node = document.get().fields().at(list.pointer());
                if (node.isArray() && !node.isEmpty()) {
                    return Optional.of(new Listed(document.get(), list.pointer(), node));
                }
            }
        }
        return Optional.empty();
    }

    /** Fills {@code key} with the size of the first non-empty list. */
    static void count(PrefillBuilder builder, String key, Field... lists) {
        first(builder, lists).ifPresent(listed -> builder.put(key, Integer.toString(listed.node().size()),
                listed.document().at("count of " + listed.pointer())));
    }

    /**
     * Fills {@code name[1]…} with {@code field} of each element of the first non-empty list, e.g. the
     * {@code /containerNo} of each of an A/N's {@code /containers}.
     */
    static void each(PrefillBuilder builder, String name, String field, Field... lists) {
        first(builder, lists).ifPresent(listed -> {
            for (int i = 0; i < listed.node().size(); i++) {
                String pointer = listed.pointer() + "/" + i + field;
                builder.put(PrefillBuilder.key(name, i + 1), PrefillBuilder.text(listed.node().get(i).at(field)),
                        listed.document().at(pointer));
            }
        });
    }

    /** The distinct container numbers of an S/I's goods lines, in order of appearance. */
    static List<String> ofShippingInstruction(SourceDocument si) {
        Set<String> numbers = new LinkedHashSet<>();
        for (JsonNode line : si.fields().path("goods")) {
            for (JsonNode number : line.path("containerNumbers")) {
                if (number.isTextual() && !number.asText().isBlank()) {
                    numbers.add(number.asText());
                }
            }
        }
        return new ArrayList<>(numbers);
    }

    /** A list found in a document. */
    record Listed(SourceDocument document, String pointer, JsonNode node) {
    }
}
