package io.minato.hub.mappings.edifact.write;

/**
 * The syntax error codes (ISO 9735 code list 0085, "syntax error, coded") the hub reports in
 * CONTRL UCI/UCM/UCS/UCD. Only codes valid under both syntax 3 and 4 directories are used.
 */
public enum SyntaxError {
    SYNTAX_VERSION_NOT_SUPPORTED("2"),
    INVALID_VALUE("12"),
    MISSING("13"),
    VALUE_NOT_SUPPORTED_IN_POSITION("14"),
    NOT_SUPPORTED_IN_POSITION("15"),
    TOO_MANY_CONSTITUENTS("16"),
    UNSPECIFIED("18"),
    INVALID_CHARACTERS("21"),
    REFERENCES_DO_NOT_MATCH("28"),
    CONTROL_COUNT_MISMATCH("29"),
    TOO_MANY_REPETITIONS("35"),
    DATA_ELEMENT_TOO_LONG("39"),
    DATA_ELEMENT_TOO_SHORT("40");

    private final String code;

    SyntaxError(String code) {
        this.code = code;
    }

    /** The 0085 value, e.g. {@code 29}. */
    public String code() {
        return code;
    }
}
