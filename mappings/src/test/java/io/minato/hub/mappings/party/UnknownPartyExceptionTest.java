package io.minato.hub.mappings.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnknownPartyExceptionTest {

    private static final PartyDirectory NOBODY = reference -> Optional.empty();

    @Test
    void saysWhatWasLookedUpWhereAndHowToRegisterIt() {
        PartyReference acme = new PartyReference("CZ", PartyIdentifier.nad("160", "ACME01"), List.of("ACME TRADING"),
                List.of("1-1 MARUNOUCHI"), "TOKYO", null, "JP", EdiPosition.segment(19, "NAD").withReferences("IC1", "1"));

        UnknownPartyException unknown = catchThrowableOfType(UnknownPartyException.class, () -> NOBODY.require(acme));

        assertThat(unknown).isInstanceOf(MappingException.class);
        assertThat(unknown.isTransient()).isFalse();
        assertThat(unknown.role()).isEqualTo("CZ");
        assertThat(unknown.position().segmentOrdinal()).isEqualTo(19);
        assertThat(unknown.namesTried()).extracting(NameKey::describe).containsExactly("acme trading|tokyo", "acme trading|");
        assertThat(unknown.getMessage()).isEqualTo("segment NAD #19 in message 1: NAD+CZ 'ACME TRADING' (NAD:160=ACME01):"
                + " no party with NAD:160=ACME01 nor any of the names 'acme trading|tokyo', 'acme trading|';"
                + " register it with PUT /api/v1/parties/{code}/identifiers/NAD:160/ACME01"
                + " or with PUT /api/v1/parties/{code}/names {\"name\":\"ACME TRADING\",\"address\":\"TOKYO\"}"
                + " (PUT /api/v1/parties/{code} first if the organization is new)");
        assertThat(unknown.fix()).startsWith("register it with PUT /api/v1/parties/{code}/identifiers/NAD:160/ACME01");
    }

    @Test
    void anUnknownUnbSenderIsNamedAsSuch() {
        PartyReference sender = PartyReference.unbSender("STRANGER", "ZZZ", EdiPosition.segment(1, "UNB"));

        UnknownPartyException unknown = new UnknownPartyException(sender);

        assertThat(unknown.getMessage()).isEqualTo("segment UNB #1: UNB sender (EDI:ZZZ=STRANGER): no party with"
                + " EDI:ZZZ=STRANGER; register it with PUT /api/v1/parties/{code}/identifiers/EDI:ZZZ/STRANGER"
                + " (PUT /api/v1/parties/{code} first if the organization is new)");
        assertThat(unknown.namesTried()).isEmpty();
    }

    @Test
    void aDocumentPartyWithoutPositionOrKnownCodeSchemeIsLookedUpByNameOnly() {
        PartyReference shipper = PartyReference.of("CZ", new Party("1234567890123", "Minato Trading Co Ltd",
                List.of("1-1 Kaigan", "Minato-ku"), "JP"), null);

        UnknownPartyException unknown = new UnknownPartyException(shipper);

        assertThat(shipper.identifier()).isNull();
        assertThat(unknown.getMessage()).startsWith("NAD+CZ 'Minato Trading Co Ltd': no party with name 'minato trading co ltd|';"
                + " register it with PUT /api/v1/parties/{code}/names {\"name\":\"Minato Trading Co Ltd\"}");
    }

    @Test
    void aDocumentPartyCodeCountsInTheSchemeTheCallerNames() {
        PartyReference exporter = PartyReference.of("CZ", new Party("1234567890123", "MINATO TRADING", List.of(), "JP"),
                "NACCS");

        assertThat(exporter.identifier()).isEqualTo(new PartyIdentifier("NACCS", "1234567890123"));
    }
}
