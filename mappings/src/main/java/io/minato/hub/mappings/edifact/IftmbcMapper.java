package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * IFTMBC D.99B (as carriers send it through INTTRA) → UL050 {@link BookingConfirmation}, walking
 * the DFDL infoset of one message. A pure function of the infoset; positions come from
 * {@link MessageSegments}.
 */
public final class IftmbcMapper implements InboundMapper {

    /** 6313 codes meaning gross weight: G gross weight, AAB unit gross weight, WT weight. */
    private static final Set<String> GROSS_WEIGHT = Set.of("G", "AAB", "WT");

    @Override
    public String messageType() {
        return "IFTMBC";
    }

    /**
     * UL050 in the export deal of the booking; a confirmation without NAD+CA is the sender's own
     * booking. Names the carrier, booking party, forwarder, shipper and consignee for the party table.
     */
    @Override
    public List<DealUpdate> map(MessageView message) {
        BookingConfirmation confirmation = map(message.body(), message.segments(), message.decimalMark());
        String carrier = confirmation.carrierCode() != null ? confirmation.carrierCode() : message.header().senderId();
        EdiPosition keySource = message.first("RFF", "C506/E1153", "BN").or(() -> message.all("BGM").stream().findFirst())
                .map(message::at).orElseGet(message::atMessage);
        return List.of(DealUpdate.document(new DealKey.Booking(confirmation.bookingNo(), carrier), DocumentType.UL050,
                confirmation, List.of(), keySource)
                .withParties(MessageParties.of(message, confirmation.carrierCode() == null, "CA", "BA", "FW", "CZ", "CN")));
    }

    BookingConfirmation map(Element iftmbc, MessageSegments segments, char decimalMark) {
        Element bgm = Dom.child(iftmbc, "BGM").orElseThrow(() ->
                new MappingException(null, "IFTMBC without BGM: the parser let through a message it should not have"));
        Carriage carriage = new Carriage(iftmbc, segments);
        Optional<Element> carrier = party(iftmbc, "CA");
        return new BookingConfirmation(
                bookingNo(iftmbc, bgm, segments),
                carrier.flatMap(nad -> Dom.text(nad, "C082/E3039")).or(carriage::carrierCode).orElse(null),
                carrier.map(NadParty::of).map(Party::name).orElse(null),
                status(bgm, segments),
                party(iftmbc, "BA").or(() -> party(iftmbc, "FW")).map(NadParty::of).orElse(null),
                party(iftmbc, "CZ").map(NadParty::of).orElse(null),
                party(iftmbc, "CN").map(NadParty::of).orElse(null),
                carriage.vesselName().orElse(null),
                carriage.voyageNo().orElse(null),
                carriage.location("88").orElse(null),
                carriage.location("9").orElse(null),
                carriage.location("11").orElse(null),
                carriage.location("7").orElse(null),
                carriage.date("133", "9").orElse(null),
                carriage.date("132", "11").orElse(null),
                carriage.date("180", null).orElse(null),
                cargoDescription(iftmbc),
                grossWeightKg(iftmbc, segments, decimalMark),
                equipment(iftmbc, segments));
    }

    private static String bookingNo(Element iftmbc, Element bgm, MessageSegments segments) {
        return Dom.children(iftmbc, "SegGrp-2").stream()
                .filter(group -> Dom.text(group, "RFF/C506/E1153").filter("BN"::equals).isPresent())
                .map(group -> Dom.text(group, "RFF/C506/E1154"))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> Dom.text(bgm, "C106/E1004"))
                .orElseThrow(() -> new MappingException(segments.at(bgm, 2, 1),
                        "no booking number: neither RFF+BN nor a BGM document number (1004)"));
    }

    private static String status(Element bgm, MessageSegments segments) {
        String function = Dom.text(bgm, "E1225").orElse(null);
        String response = Dom.text(bgm, "E4343").orElse(null);
        return BookingStatus.of(function, response).orElseThrow(() -> new MappingException(
                segments.at(bgm, response != null && !"AP".equals(response) ? 4 : 3, 0),
                "unknown booking status: message function " + function + ", response type " + response));
    }

    private static Optional<Element> party(Element iftmbc, String qualifier) {
        return Dom.children(iftmbc, "SegGrp-6").stream()
                .map(group -> Dom.child(group, "NAD"))
                .flatMap(Optional::stream)
                .filter(nad -> Dom.text(nad, "E3035").filter(qualifier::equals).isPresent())
                .findFirst();
    }

    /** FTX+AAA of the goods items (SG9), else of the message; lines joined by spaces. */
    private static String cargoDescription(Element iftmbc) {
        List<String> goods = new ArrayList<>();
        for (Element goodsItem : Dom.children(iftmbc, "SegGrp-9")) {
            String text = descriptions(Dom.children(goodsItem, "FTX"));
            if (!text.isEmpty()) {
                goods.add(text);
            }
        }
        String text = goods.isEmpty() ? descriptions(Dom.children(iftmbc, "FTX")) : String.join("; ", goods);
        return text.isEmpty() ? null : text;
    }

    private static String descriptions(List<Element> ftxs) {
        return ftxs.stream()
                .filter(ftx -> Dom.text(ftx, "E4451").filter("AAA"::equals).isPresent())
                .flatMap(ftx -> Dom.texts(ftx, "C108/E4440").stream())
                .collect(Collectors.joining(" "));
    }

    /** Sum of the goods items' gross weights (SG9/SG11 MEA+AAE), converted to kilograms. */
    private static BigDecimal grossWeightKg(Element iftmbc, MessageSegments segments, char decimalMark) {
        BigDecimal total = null;
        for (Element goodsItem : Dom.children(iftmbc, "SegGrp-9")) {
            for (Element group : Dom.children(goodsItem, "SegGrp-11")) {
                Element mea = Dom.child(group, "MEA").orElseThrow();
                if (Dom.text(mea, "E6311").filter("AAE"::equals).isPresent()
                        && Dom.text(mea, "C502/E6313").filter(GROSS_WEIGHT::contains).isPresent()) {
                    BigDecimal kg = Weights.kilograms(mea, segments, decimalMark);
                    total = total == null ? kg : total.add(kg);
                }
            }
        }
        return total;
    }

    /** SG18 EQD+CN with the ISO size-type (C224/8155) and EQN count (default 1). */
    private static List<EquipmentRequirement> equipment(Element iftmbc, MessageSegments segments) {
        List<EquipmentRequirement> equipment = new ArrayList<>();
        for (Element group : Dom.children(iftmbc, "SegGrp-18")) {
            Element eqd = Dom.child(group, "EQD").orElseThrow();
            if (Dom.text(eqd, "E8053").filter("CN"::equals).isEmpty()) {
                continue;
            }
            String sizeType = Dom.text(eqd, "C224/E8155").orElseThrow(() ->
                    new MappingException(segments.at(eqd, 3, 1), "container without size-type (8155)"));
            Optional<Element> eqn = Dom.child(group, "EQN");
            String count = eqn.flatMap(e -> Dom.text(e, "C523/E6350")).orElse("1");
            if (!count.matches("\\d{1,6}")) {
                throw new MappingException(segments.at(eqn.orElseThrow(), 1, 1), "'" + count + "' is not a container count");
            }
            equipment.add(new EquipmentRequirement(sizeType, Integer.parseInt(count)));
        }
        return equipment;
    }
}
