package io.minato.hub.mappings.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One identification of a party in one scheme: who issued the value decides what it means, so a
 * value is only ever compared within its scheme.
 *
 * <ul>
 *   <li>{@code EDI:<0007>}: a UNB interchange sender or recipient id with its qualifier, e.g. {@code EDI:ZZZ}</li>
 *   <li>{@code NAD:<3055>}: a NAD C082 party id with its code list responsible agency, e.g. {@code NAD:86}
 *       (assigned by the message's originator), {@code NAD:ZZZ} (mutually defined); {@code NAD:} when the
 *       agency is not sent</li>
 *   <li>{@code SCAC}, {@code NACCS} (輸出入者コード, importer/exporter code), or any other upper-case name</li>
 * </ul>
 *
 * @param scheme who issued the value
 * @param value  the identification, as sent (trimmed)
 */
public record PartyIdentifier(
        @NotBlank @Size(max = 20) @Pattern(regexp = SCHEME) String scheme,
        @NotBlank @Size(max = 35) String value) {

    /** An upper-case scheme name, optionally followed by a colon and a (possibly empty) code. */
    public static final String SCHEME = "[A-Z][A-Z0-9_]*(:[A-Z0-9]{0,3})?";

    public PartyIdentifier {
        if (scheme == null || !scheme.matches(SCHEME)) {
            throw new IllegalArgumentException("'" + scheme + "' is not an identifier scheme (e.g. NAD:86, EDI:ZZZ, SCAC)");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a value");
        }
        value = value.strip();
    }

    /** A NAD C082 id (3039) with its agency (3055), which may be absent. */
    public static PartyIdentifier nad(String agency, String id) {
        return new PartyIdentifier("NAD:" + (agency == null ? "" : agency.strip()), id);
    }

    /** A UNB sender or recipient id (0004/0010) with its qualifier (0007), which may be absent. */
    public static PartyIdentifier edi(String qualifier, String id) {
        return new PartyIdentifier("EDI:" + (qualifier == null ? "" : qualifier.strip()), id);
    }

    /** {@code NAD:86=ONEY}: how logs, errors and the API write an identifier. */
    public String describe() {
        return scheme + "=" + value;
    }
}
