package io.minato.hub.mappings.document.definition;

/**
 * A field of the deal's root document (ルート帳票): held once per deal, carried by every document type
 * whose definition marks a field {@code shared: <name>}.
 *
 * @param field its name, Japanese and English names and type (a scalar or a party)
 * @param many  several values per deal (container numbers, seal numbers): documents carry it inside a
 *              repeat, one value per row
 */
public record RootField(FieldDefinition field, boolean many) {

    public String name() {
        return field.name();
    }
}
