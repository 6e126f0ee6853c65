package io.minato.hub.mappings.edifact;

/**
 * The service characters of an interchange: from its UNA service string advice, or the ISO 9735
 * defaults ({@code :+.? '}) when there is none.
 */
record Delimiters(char component, char element, char decimal, char release, char segment) {

    static final Delimiters DEFAULT = new Delimiters(':', '+', '.', '?', '\'');

    /** UNA is always exactly 9 characters: the tag and six service characters. */
    static final int UNA_LENGTH = 9;

    /** Reads the six characters after {@code UNA} at {@code start}; the caller checked the length. */
    static Delimiters fromUna(CharSequence text, int start) {
        int at = start + 3;
        char release = text.charAt(at + 3);
        // a space as release character means "none" (ISO 9735: reserved/unused position)
        return new Delimiters(text.charAt(at), text.charAt(at + 1), text.charAt(at + 2),
                release == ' ' ? '\0' : release, text.charAt(at + 5));
    }

    boolean isRelease(char c) {
        return release != '\0' && c == release;
    }
}
