package io.minato.hub.routes.edifact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the hub writes the interchanges it sends from documents.
 *
 * @param senderId        the hub's own UNB identification (0004)
 * @param senderQualifier its qualifier (0007), empty for none
 * @param syntax          syntax identifier and version for partners without an entry below, e.g. {@code UNOC:3}
 * @param partnerSyntax   per partner code, e.g. {@code JPCARRIER: UNOX:4} (ISO-2022-JP) or {@code UNOY:4}
 *                        (UTF-8): the syntax identifier decides the charset, and Japanese text needs
 *                        UNOY or UNOX; the partner profile's directory and charset override describe
 *                        what the partner sends, not what it reads, so they are not used here
 */
@Validated
@ConfigurationProperties("minato.edifact.sending")
public record EdifactSendingSettings(
        @NotBlank @Size(max = 35) String senderId,
        @Size(max = 4) String senderQualifier,
        @NotNull @Pattern(regexp = SyntaxChoice.FORMAT) String syntax,
        Map<String, @Pattern(regexp = SyntaxChoice.FORMAT) String> partnerSyntax) {

    public EdifactSendingSettings {
        senderQualifier = senderQualifier == null || senderQualifier.isBlank() ? null : senderQualifier;
        partnerSyntax = partnerSyntax == null ? Map.of() : Map.copyOf(partnerSyntax);
    }

    /** The syntax identifier and version to write to this partner in. */
    SyntaxChoice syntaxFor(String partnerCode) {
        return SyntaxChoice.parse(partnerSyntax.getOrDefault(partnerCode, syntax));
    }

    /** UNB S001: syntax identifier (0001) and version (0002). */
    record SyntaxChoice(String identifier, int version) {

        static final String FORMAT = "UNO[A-Z]:[34]";

        static SyntaxChoice parse(String value) {
            if (value == null || !value.matches(FORMAT)) {
                throw new IllegalArgumentException("syntax '" + value + "' is not identifier:version, e.g. UNOC:3");
            }
            return new SyntaxChoice(value.substring(0, 4), value.charAt(5) - '0');
        }
    }
}
