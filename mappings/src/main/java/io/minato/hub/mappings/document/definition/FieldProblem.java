package io.minato.hub.mappings.document.definition;

/**
 * What is wrong with one value of a document's fields.
 *
 * @param path    where, the way field errors name fields: {@code goods[0].packages}, {@code shipper.name}
 * @param message what is wrong, "English / 日本語"
 */
public record FieldProblem(String path, String message) {
}
