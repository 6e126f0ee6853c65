package io.minato.hub.mappings.document;

import java.util.Optional;

/**
 * What a message does to the document it carries (BGM 1225, UNTDID "message function code"). A
 * cancellation is still stored as a version of the document, so the deal's timeline shows that the
 * sender withdrew it rather than the document silently staying valid.
 */
public enum MessageFunction {
    ORIGINAL("9"),
    REPLACEMENT("5"),
    CHANGE("4"),
    CANCELLATION("1"),
    COPY("31"),
    ADDITIONAL_TRANSMISSION("43");

    private final String code;

    MessageFunction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The function for a 1225 code; empty for codes the hub does not act on (the caller reports them). */
    public static Optional<MessageFunction> ofCode(String code) {
        for (MessageFunction function : values()) {
            if (function.code.equals(code)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
