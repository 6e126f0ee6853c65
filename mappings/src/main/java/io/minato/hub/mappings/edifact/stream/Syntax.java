package io.minato.hub.mappings.edifact.stream;

/**
 * The service characters of one interchange, from UNA or the ISO 9735 defaults. The repetition
 * separator follows the DFDL schemas behind Smooks, so both readers split repeats alike: UNA's
 * fifth character, or the data element separator when UNA reserves it with a space (syntax 3),
 * or {@code *} when there is no UNA.
 */
record Syntax(char component, char element, char decimal, char release, char repetition, char segment) {

    static final Syntax DEFAULT = new Syntax(':', '+', '.', '?', '*', '\'');

    /** The six characters after {@code UNA}. */
    static Syntax fromUna(CharSequence serviceCharacters) {
        char release = serviceCharacters.charAt(3);
        char repetition = serviceCharacters.charAt(4);
        return new Syntax(serviceCharacters.charAt(0), serviceCharacters.charAt(1), serviceCharacters.charAt(2),
                release == ' ' ? '\0' : release, repetition == ' ' ? serviceCharacters.charAt(1) : repetition,
                serviceCharacters.charAt(5));
    }

    boolean isRelease(char c) {
        return release != '\0' && c == release;
    }
}
