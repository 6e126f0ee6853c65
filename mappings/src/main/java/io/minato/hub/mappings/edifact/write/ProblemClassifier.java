package io.minato.hub.mappings.edifact.write;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the 0085 code for a problem from its reason text. {@code EdiSyntaxException.Problem}
 * carries no code, so this reads the wording of the hub's readers (EnvelopeValidator,
 * InterchangeDecoder, SmooksEdifactParser) and StAEDI's error names as EnvelopeValidator renders
 * them ({@code "too many data elements (value 'x')"}). First match wins; order matters where
 * wordings overlap. A reason nobody foresaw is 18 (unspecified), never a guess.
 */
final class ProblemClassifier {

    private record Rule(String fragment, SyntaxError error) {
    }

    private static final List<Rule> RULES = List.of(
            // EnvelopeValidator: "segment count 5 does not match the 6 segments UNH…UNT" / "control count …"
            new Rule("count", SyntaxError.CONTROL_COUNT_MISMATCH),
            // "reference X does not match the UNH reference Y"
            new Rule("does not match", SyntaxError.REFERENCES_DO_NOT_MATCH),
            // "UNB has no syntax identifier (0001)", "required data element missing", "mandatory segment missing"
            new Rule("has no ", SyntaxError.MISSING),
            new Rule("syntax version", SyntaxError.SYNTAX_VERSION_NOT_SUPPORTED),
            new Rule("missing", SyntaxError.MISSING),
            // "no UNB interchange header"
            new Rule("no unb", SyntaxError.MISSING),
            // "syntax identifier UNOQ is not supported", "message type IFTMIN:D:96A:UN is not supported here"
            new Rule("is not supported", SyntaxError.VALUE_NOT_SUPPORTED_IN_POSITION),
            // "segment XYZ is not defined in IFTMBC:D:99B" (unknown segment), "segments are not in the order",
            // StAEDI "unexpected segment", "segment not in defined transaction set", "segment not in proper sequence",
            // "unrecognized segment id", "implementation unused … present"
            new Rule("is not defined in", SyntaxError.NOT_SUPPORTED_IN_POSITION),
            // StAEDI "segment exceeds maximum use", "loop occurs over maximum times"
            new Rule("exceeds maximum", SyntaxError.TOO_MANY_REPETITIONS),
            new Rule("over maximum", SyntaxError.TOO_MANY_REPETITIONS),
            new Rule("not in the order", SyntaxError.NOT_SUPPORTED_IN_POSITION),
            new Rule("segment", SyntaxError.NOT_SUPPORTED_IN_POSITION),
            new Rule("unused", SyntaxError.NOT_SUPPORTED_IN_POSITION),
            // StAEDI "too many data elements", "too many components"
            new Rule("too many data elements", SyntaxError.TOO_MANY_CONSTITUENTS),
            new Rule("too many components", SyntaxError.TOO_MANY_CONSTITUENTS),
            new Rule("too many repetitions", SyntaxError.TOO_MANY_REPETITIONS),
            new Rule("too long", SyntaxError.DATA_ELEMENT_TOO_LONG),
            new Rule("too short", SyntaxError.DATA_ELEMENT_TOO_SHORT),
            // InterchangeDecoder "byte 0xDC at offset 12 is not valid US-ASCII", StAEDI "invalid character data"
            new Rule("invalid character", SyntaxError.INVALID_CHARACTERS),
            new Rule("is not valid", SyntaxError.INVALID_CHARACTERS),
            // StAEDI "invalid code value", "invalid date", "invalid time", "… pattern match failure"
            new Rule("invalid", SyntaxError.INVALID_VALUE),
            new Rule("pattern match", SyntaxError.INVALID_VALUE));

    /** Wordings checked before the general rules because they contain "segment" or "count" by accident. */
    private static final Map<String, SyntaxError> EXACT_PREFIXES = Map.of(
            "not a well-formed interchange", SyntaxError.UNSPECIFIED,
            "smooks edifact parser rejected", SyntaxError.UNSPECIFIED,
            "smooks found", SyntaxError.UNSPECIFIED,
            "unb is not a segment ended by", SyntaxError.MISSING);

    private ProblemClassifier() {
    }

    static SyntaxError classify(String reason) {
        if (reason == null) {
            return SyntaxError.UNSPECIFIED;
        }
        // the offending value, quoted at the end by EnvelopeValidator, must not steer the choice
        int value = reason.indexOf(" (value '");
        String text = (value < 0 ? reason : reason.substring(0, value)).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, SyntaxError> prefix : EXACT_PREFIXES.entrySet()) {
            if (text.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        for (Rule rule : RULES) {
            if (text.contains(rule.fragment())) {
                return rule.error();
            }
        }
        return SyntaxError.UNSPECIFIED;
    }
}
