package io.minato.hub.mappings.edifact.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemClassifierTest {

    /** Reason texts as the hub's readers and StAEDI (rendered by EnvelopeValidator) word them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            segment count 5 does not match the 6 segments UNH…UNT of message 1          | 29
            control count 2 does not match the 1 message(s) sent                      | 29
            reference 9 does not match the UNH reference 1                            | 28
            segment XYZ is not defined in IFTMBC:D:99B                                | 15
            segments are not in the order IFTMBC:D:99B defines                        | 15
            unexpected segment (value 'ABC')                                          | 15
            message type IFTMIN:D:96A:UN is not supported here (supported: IFTMBC:D:99B) | 14
            syntax identifier UNOQ is not supported (supported: UNOA, UNOB)           | 14
            syntax version 5 is not supported (supported: 3, 4)                       | 2
            UNB has no syntax version number (0002)                                   | 13
            UNB has no syntax identifier (0001)                                       | 13
            required data element missing                                             | 13
            not a UN/EDIFACT interchange: no UNB interchange header at the start      | 13
            too many data elements (value 'X')                                        | 16
            too many components                                                       | 16
            segment exceeds maximum use                                               | 35
            too many repetitions                                                      | 35
            data element too long (value '123')                                       | 39
            data element too short                                                    | 40
            byte 0xDC at offset 12 is not valid US-ASCII, which syntax identifier UNOA declares | 21
            invalid character data (value 'x')                                        | 21
            invalid code value (value 'segment count')                                | 12
            invalid date                                                              | 12
            not a well-formed interchange: Unexpected segment count                   | 18
            Smooks EDIFACT parser rejected the interchange: boom                      | 18
            something nobody foresaw                                                  | 18
            """)
    void choosesTheNearestSyntaxErrorCode(String reason, String code) {
        assertThat(ProblemClassifier.classify(reason).code()).isEqualTo(code);
    }
}
