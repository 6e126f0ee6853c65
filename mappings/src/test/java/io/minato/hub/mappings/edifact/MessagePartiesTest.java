package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parties each document mapper names for the party table: role, identifier, name, position. */
class MessagePartiesTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void bookingConfirmationNamesCarrierBookingPartyShipperAndConsigneeWithTheirNads() {
        List<PartyReference> parties = update(TestFiles.edi("iftmbc-inttra-confirmed.edi")).parties();

        assertThat(parties).extracting(PartyReference::role).containsExactly("CA", "BA", "CZ", "CN");
        assertThat(parties.get(0).identifier()).isEqualTo(PartyIdentifier.nad("86", "ONEY"));
        assertThat(parties.get(0).position().describe()).isEqualTo("segment NAD #17 (byte 534) in message 1");
        PartyReference bookingParty = parties.get(1);
        assertThat(bookingParty.identifier()).isEqualTo(new PartyIdentifier("NAD:ZZZ", "MINATOFWD"));
        assertThat(bookingParty.name()).isEqualTo("MINATO FORWARDING CO., LTD.");
        assertThat(bookingParty.city()).isEqualTo("YOKOHAMA");
        assertThat(bookingParty.position()).extracting("segmentTag", "segmentOrdinal", "messageRef").containsExactly("NAD", 18, "1");
        PartyReference shipper = parties.get(2);
        assertThat(shipper.identifier()).isNull();
        assertThat(shipper.name()).isEqualTo("NIPPON AUTO PARTS K.K.");
        assertThat(shipper.postcode()).isEqualTo("450-0002");
        assertThat(shipper.position()).extracting("segmentTag", "segmentOrdinal", "messageRef").containsExactly("NAD", 19, "1");
        assertThat(parties.get(3).position().interchangeRef()).isEqualTo("IB0000123");
    }

    @Test
    void aCarrierSendingWithoutNadCaOrTdtCarrierIsNamedByItsUnbSender() {
        String text = new String(TestFiles.edi("iftmbc-inttra-confirmed.edi"), StandardCharsets.ISO_8859_1)
                .replace("UNOC:3+INTTRA:ZZZ", "UNOC:3+ONEY:ZZZ")
                .replace("NAD+CA+ONEY:160:86++OCEAN NETWORK EXPRESS PTE. LTD.'\n", "")
                .replace("+13+ONEY:172:20+++", "+13++++")
                .replace("UNT+27+1'", "UNT+26+1'");

        DealUpdate update = update(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("ONEYTYOA12345600", "ONEY"));
        PartyReference carrier = update.parties().get(update.parties().size() - 1);
        assertThat(carrier.role()).isEqualTo("CA");
        assertThat(carrier.identifier()).isEqualTo(PartyIdentifier.edi("ZZZ", "ONEY"));
        assertThat(carrier.position().describe()).isEqualTo("segment UNB #1 in message 1");
        assertThat(carrier.describe()).isEqualTo("UNB sender as CA (EDI:ZZZ=ONEY)");
    }

    @Test
    void aRelayingSenderIsNoCarrierWhenTheMainCarriageNamesOne() {
        String text = new String(TestFiles.edi("iftmbc-inttra-confirmed.edi"), StandardCharsets.ISO_8859_1)
                .replace("NAD+CA+ONEY:160:86++OCEAN NETWORK EXPRESS PTE. LTD.'\n", "")
                .replace("UNT+27+1'", "UNT+26+1'");

        DealUpdate update = update(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("ONEYTYOA12345600", "ONEY"));
        assertThat(update.parties()).extracting(PartyReference::role).containsExactly("BA", "CZ", "CN");
    }

    @Test
    void arrivalNoticeNamesCarrierConsigneeNotifyPartyAndShipper() {
        List<PartyReference> parties = update(TestFiles.edi("iftman-arrival.edi")).parties();

        assertThat(parties).extracting(PartyReference::role).containsExactly("CA", "CN", "NI", "CZ");
        PartyReference consignee = parties.get(1);
        assertThat(consignee.identifier()).isEqualTo(new PartyIdentifier("NAD:ZZZ", "JPCN0001"));
        assertThat(consignee.name()).isEqualTo("TOKYO IMPORT KK");
        assertThat(consignee.position()).extracting("segmentTag", "segmentOrdinal", "messageRef").containsExactly("NAD", 13, "1");
        assertThat(parties.get(2).identifier()).isNull();
        assertThat(parties.get(2).name()).isEqualTo("MINATO FORWARDING KK");
    }

    @Test
    void billOfLadingNamesCarrierShipperConsigneeAndNotifyParty() {
        List<PartyReference> parties = update(TestFiles.edi("iftmcs-bl-draft-d99b.edi")).parties();

        assertThat(parties).extracting(PartyReference::role).containsExactly("CA", "CZ", "CN", "NI");
        assertThat(parties.get(0).identifier()).isEqualTo(new PartyIdentifier("NAD:87", "MAEU"));
        assertThat(parties.get(1).identifier()).isEqualTo(new PartyIdentifier("NAD:ZZZ", "JPEX0001"));
        assertThat(parties.get(1).position()).extracting("segmentTag", "segmentOrdinal", "messageRef").containsExactly("NAD", 17, "CS0001");
    }

    @Test
    void releaseOrderNamesItsCarrierAndShipper() {
        List<PartyReference> parties = update(TestFiles.edi("coparn-release-d95b.edi")).parties();

        assertThat(parties).extracting(PartyReference::role).containsExactly("CA", "CZ");
        assertThat(parties.get(0).identifier()).isEqualTo(new PartyIdentifier("NAD:20", "ONE"));
        assertThat(parties.get(1).name()).isEqualTo("TOKYO EXPORT KK");
        assertThat(parties.get(1).position()).extracting("segmentTag", "segmentOrdinal", "messageRef").containsExactly("NAD", 11, "CP0001");
    }

    @Test
    void eventMessagesNameNoParty() {
        List<DealUpdate> gateIn = reader.read(TestFiles.edi("codeco-gate-in-d95b.edi")).messages().get(0).document();
        List<DealUpdate> status = reader.read(TestFiles.edi("iftsta-d95b.edi")).messages().get(0).document();

        assertThat(gateIn).allSatisfy(update -> assertThat(update.parties()).isEmpty());
        assertThat(status).allSatisfy(update -> assertThat(update.parties()).isEmpty());
    }

    private static DealUpdate update(byte[] interchange) {
        return reader.read(interchange).messages().get(0).document().get(0);
    }
}
