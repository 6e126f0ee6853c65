package io.minato.hub.mappings.colins;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Collects the fields a record offers, leaving out those it does not have. */
final class DealFieldList {

    private final List<ColinsField> fields = new ArrayList<>();

    DealFieldList add(String name, String japaneseName, Object value) {
        if (value != null) {
            fields.add(new ColinsField(name, japaneseName, value instanceof OffsetDateTime time ? time.toString()
                    : value.toString()));
        }
        return this;
    }

    List<ColinsField> toList() {
        return List.copyOf(fields);
    }
}
