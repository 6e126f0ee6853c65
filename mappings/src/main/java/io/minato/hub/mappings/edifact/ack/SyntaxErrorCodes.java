package io.minato.hub.mappings.edifact.ack;

import java.util.Map;

/**
 * ISO 9735 code list 0085 (syntax error, coded) in English, as CONTRL UCI/UCM/UCS/UCD carry it.
 * Syntax 3 and 4 share these codes; a code outside the list is shown as such, never guessed.
 */
final class SyntaxErrorCodes {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("2", "syntax version or level not supported"),
            Map.entry("7", "interchange recipient not actual recipient"),
            Map.entry("12", "invalid value"),
            Map.entry("13", "missing"),
            Map.entry("14", "value not supported in this position"),
            Map.entry("15", "not supported in this position"),
            Map.entry("16", "too many constituents"),
            Map.entry("17", "no agreement"),
            Map.entry("18", "unspecified error"),
            Map.entry("19", "invalid decimal notation"),
            Map.entry("20", "character invalid as service character"),
            Map.entry("21", "invalid character(s)"),
            Map.entry("22", "invalid service character(s)"),
            Map.entry("23", "unknown interchange sender"),
            Map.entry("24", "too old"),
            Map.entry("25", "test indicator not supported"),
            Map.entry("26", "duplicate detected"),
            Map.entry("27", "security function not supported"),
            Map.entry("28", "references do not match"),
            Map.entry("29", "control count does not match number of instances received"),
            Map.entry("30", "functional groups and messages mixed"),
            Map.entry("31", "more than one message type in group"),
            Map.entry("32", "lower level empty"),
            Map.entry("33", "invalid occurrence outside message, package or group"),
            Map.entry("35", "too many segment repetitions"),
            Map.entry("36", "too many segment group repetitions"),
            Map.entry("37", "invalid type of character(s)"),
            Map.entry("38", "missing digit in front of decimal sign"),
            Map.entry("39", "data element too long"),
            Map.entry("40", "data element too short"),
            Map.entry("41", "permanent communication network error"),
            Map.entry("42", "temporary communication network error"),
            Map.entry("43", "unknown interchange recipient"),
            Map.entry("45", "trailing separator"),
            Map.entry("46", "character set not supported"),
            Map.entry("47", "envelope functionality not supported"),
            Map.entry("48", "dependency condition violated"));

    private SyntaxErrorCodes() {
    }

    static String text(String code) {
        String text = TEXTS.get(code);
        return text != null ? text : "(not in code list 0085)";
    }
}
