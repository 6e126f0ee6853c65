package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyNames;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.io.sink.DOMSink;
import org.smooks.io.source.ByteSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** NAD segments of the test interchanges as party references, read by the streaming reader. */
class NadPartyTest {

    private static Smooks smooks;

    @BeforeAll
    static void buildSmooks() throws Exception {
        smooks = new Smooks("smooks/edifact/edifact-stream.xml");
    }

    @AfterAll
    static void closeSmooks() {
        smooks.close();
    }

    @Test
    void readsIdentifierWithItsAgencyNameLinesAndStructuredAddress() {
        List<Element> nads = nads("iftmbc-inttra-confirmed.edi");
        EdiPosition position = EdiPosition.segment(17, "NAD");

        PartyReference carrier = NadParty.reference(nads.get(0), position);
        PartyReference bookingParty = NadParty.reference(nads.get(1), position);
        PartyReference shipper = NadParty.reference(nads.get(2), position);

        assertThat(carrier.role()).isEqualTo("CA");
        assertThat(carrier.identifier()).isEqualTo(new PartyIdentifier("NAD:86", "ONEY"));
        assertThat(carrier.nameLines()).containsExactly("OCEAN NETWORK EXPRESS PTE. LTD.");
        assertThat(carrier.city()).isNull();
        assertThat(bookingParty.role()).isEqualTo("BA");
        assertThat(bookingParty.identifier()).isEqualTo(new PartyIdentifier("NAD:ZZZ", "MINATOFWD"));
        assertThat(bookingParty.street()).containsExactly("1-2-3 KAIGAN-DORI", "NAKA-KU");
        assertThat(bookingParty.city()).isEqualTo("YOKOHAMA");
        assertThat(bookingParty.postcode()).isEqualTo("231-0002");
        assertThat(bookingParty.country()).isEqualTo("JP");
        assertThat(shipper.identifier()).isNull();
        assertThat(shipper.position()).isEqualTo(position);
        assertThat(PartyNames.candidates(shipper)).first()
                .satisfies(key -> assertThat(key.describe()).isEqualTo("nippon auto parts co ltd|4500002"));
    }

    @Test
    void readsJapaneseNamesAsTheyWereSent() {
        List<Element> nads = nads("iftmbc-japanese-unoy.edi");

        PartyReference shipper = NadParty.reference(nads.get(1), null);

        assertThat(shipper.role()).isEqualTo("CZ");
        assertThat(shipper.nameLines()).containsExactly("横浜商事株式会社");
        assertThat(shipper.city()).isEqualTo("横浜市");
        assertThat(PartyNames.normalize(shipper.name())).isEqualTo("横浜商事 co ltd");
    }

    private static List<Element> nads(String file) {
        DOMSink sink = new DOMSink();
        smooks.filterSource(smooks.createExecutionContext(), new ByteSource(TestFiles.edi(file)), sink);
        return Dom.descendants(((Document) sink.getNode()).getDocumentElement(), "NAD");
    }
}
