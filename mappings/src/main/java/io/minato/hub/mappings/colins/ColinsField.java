package io.minato.hub.mappings.colins;

import java.util.Objects;

/**
 * One value a Colins record offers a deal.
 *
 * @param name         the field's English name, as the API and the root document call it
 * @param japaneseName its name on Cyber Port's screens
 * @param value        the value as text: ISO-8601 for times, {@code true}/{@code false} for flags
 */
public record ColinsField(String name, String japaneseName, String value) {

    public ColinsField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(japaneseName, "japaneseName");
        Objects.requireNonNull(value, "value");
    }
}
