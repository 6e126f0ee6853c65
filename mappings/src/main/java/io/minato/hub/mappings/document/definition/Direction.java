package io.minato.hub.mappings.document.definition;

/** Which side of a deal a document type belongs to (DOMAIN.md lists export and import documents). */
public enum Direction {
    EXPORT,
    IMPORT
}
