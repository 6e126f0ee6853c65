package io.minato.hub.mappings.party;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.List;

/**
 * What one message says about one party, before anyone knows which organization it is. Built from
 * a NAD segment ({@code NadParty.reference}), from a UNB sender ({@link #unbSender}) or from a
 * document's {@link Party} ({@link #of(String, Party, String)}).
 *
 * @param role       the party's function, a 3035 qualifier: CA carrier, CZ shipper, CN consignee,
 *                   FW forwarder, BA booking party, NI notify, MS message sender (UNB)
 * @param identifier its identification (3039 with 3055, or the UNB id with 0007), if sent
 * @param nameLines  name lines (C080 3036, or the first line of C058), in order
 * @param street     street and number lines (C059 3042)
 * @param city       city name (3164), if sent separately
 * @param postcode   postal code (3251), if sent
 * @param country    country (3207), ISO 3166-1 alpha-2
 * @param position   where the message said it, for the error that names it; null outside EDI
 */
public record PartyReference(String role, PartyIdentifier identifier, List<String> nameLines, List<String> street,
                             String city, String postcode, String country, EdiPosition position) {

    public PartyReference {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("a party reference needs its role (3035)");
        }
        nameLines = nameLines == null ? List.of() : List.copyOf(nameLines);
        street = street == null ? List.of() : List.copyOf(street);
    }

    /** 3035 for the interchange sender of UNB: "document/message issuer/sender". */
    public static final String MESSAGE_SENDER = "MS";

    /** The UNB sender of an interchange: its id and qualifier are all UNB says of it. */
    public static PartyReference unbSender(String id, String qualifier, EdiPosition position) {
        return unbSender(MESSAGE_SENDER, id, qualifier, position);
    }

    /**
     * The UNB sender standing in for a party the message does not name otherwise: a carrier sending
     * its own messages without NAD+CA is the carrier ({@code role} CA).
     */
    public static PartyReference unbSender(String role, String id, String qualifier, EdiPosition position) {
        return new PartyReference(role, PartyIdentifier.edi(qualifier, id), List.of(), List.of(),
                null, null, null, position);
    }

    /**
     * A party as a document carries it. A document keeps its address as printed lines, so there is
     * no separate city or postcode and a name can only match a name registered without an address.
     *
     * @param codeScheme the scheme of {@link Party#code()} in this document (e.g. {@code NACCS} for
     *                   an exporter code), or null when the code's issuer is unknown and must not be used
     */
    public static PartyReference of(String role, Party party, String codeScheme) {
        PartyIdentifier identifier = codeScheme == null || party.code() == null || party.code().isBlank()
                ? null : new PartyIdentifier(codeScheme, party.code());
        List<String> name = party.name() == null ? List.of() : List.of(party.name());
        return new PartyReference(role, identifier, name, party.address(), null, null, party.countryCode(), null);
    }

    /** The name as one line, as it would be printed; empty when only an id was sent. */
    public String name() {
        return String.join(" ", nameLines);
    }

    /** "NAD+CZ 'ACME TRADING' (NAD:160=ACME01)", "UNB sender as CA (EDI:ZZZ=ONEY)": the reference as a person reading an error sees it. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (identifier != null && identifier.scheme().startsWith("EDI:")) {
            // only UNB carries EDI: ids; the role says what the sender stands for, when it stands for more
            text.append("UNB sender").append(MESSAGE_SENDER.equals(role) ? "" : " as " + role);
        } else {
            text.append("NAD+").append(role);
        }
        if (!nameLines.isEmpty()) {
            text.append(" '").append(name()).append('\'');
        }
        if (identifier != null) {
            text.append(" (").append(identifier.describe()).append(')');
        }
        return text.toString();
    }
}
