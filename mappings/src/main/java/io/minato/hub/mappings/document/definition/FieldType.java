package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of field a document definition may declare; in the YAML files they are written in lower case. */
public enum FieldType {
    /** Free text, at most {@code maxLength} characters. */
    TEXT,
    /** A value from a code list: inline {@code values} or a named list in {@code code-lists.yml}. */
    CODE,
    /** A decimal number with at most {@code scale} decimal places, optionally bounded by {@code min}/{@code max}. */
    NUMBER,
    /** An ISO date, {@code 2026-12-05}. */
    DATE,
    /** An ISO local date-time, {@code 2026-12-05T17:00} (the port's local time). */
    DATETIME,
    BOOLEAN,
    /** A party named on the document: code, name, address lines, country (the record {@code Party}). */
    PARTY,
    /** Nested fields that occur once. */
    GROUP,
    /** Rows between {@code minOccurs} and {@code maxOccurs}: each row an object of {@code fields}, or one {@code item} value. */
    REPEAT;

    public boolean scalar() {
        return this != PARTY && this != GROUP && this != REPEAT;
    }

    /** The name as the YAML files (and the API) write it. */
    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FieldType> ofYaml(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName().equals(name)).findFirst();
    }

    static String yamlNames() {
        return String.join(", ", Arrays.stream(values()).map(FieldType::yamlName).toList());
    }
}
