package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.pickup.EmptyContainerPickupOrder;
import io.minato.hub.mappings.support.MappingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * COPARN empty-container release order → UL060 {@link EmptyContainerPickupOrder} in the export deal
 * of its booking, opened when the hub does not know the booking yet (as an IFTMBC would).
 *
 * <p>COPARN carries several orders; only releases of empties for packing are UL060. Which BGM 1001
 * codes mean that: {@code 12} "transport equipment release order" in the SMDG/ITIGG COPARN MIG for
 * D.95B (SMDG COPARN user manual 1.4, as summarised in PSA Antwerp's "Guidelines COPARN (D.95B
 * version 1.4)"; ITIGG code list quoted at https://myedinotes.blogspot.com/2009/07/coparn.html),
 * and {@code 108} "transport equipment empty release instruction" in UNTDID 1001. Acceptance orders
 * and announcements of containers coming in (11, 126, 104) and the full-cargo release order
 * (129, the COREOR code) are rejected with their meaning, not filed as a pick-up order.
 *
 * <p>Key: RFF+BN (at message level or in an EQD group) + carrier from NAD+CA, else the main
 * carriage's TDT, else the interchange sender. A cancellation (1225 = 1) is still stored, with its
 * function, so the deal shows the order withdrawn. Names CA, BA, FW and CZ for the party table
 * (the UNB sender as carrier when it is the carrier); a release naming only the carrier is normal.
 */
public final class CoparnMapper implements InboundMapper {

    /** BGM 1001 codes of an empty release, with what they are called where they are defined. */
    private static final Map<String, String> RELEASE_CODES = Map.of(
            "12", "transport equipment release order (SMDG/ITIGG)",
            "108", "transport equipment empty release instruction (UNTDID)");

    /** Codes partners really send in COPARN that are not empty releases, so the rejection can say what they are. */
    private static final Map<String, String> OTHER_ORDERS = Map.of(
            "11", "transport equipment acceptance order (SMDG/ITIGG): containers to be delivered in",
            "104", "transport equipment impending arrival advice",
            "126", "transport equipment acceptance order: containers to be delivered in",
            "129", "transport cargo release order: full containers released to the consignee");

    @Override
    public String messageType() {
        return "COPARN";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        Bgm bgm = Bgm.of(message);
        requireRelease(message, bgm);
        Element bookingRff = message.first("RFF", "C506/E1153", "BN").orElseThrow(() -> new MappingException(
                message.all("RFF").stream().findFirst().map(message::at).orElseGet(() -> message.at(bgm.segment())),
                "no booking number: no RFF+BN in the release order"));
        String bookingNo = message.text(bookingRff, "C506/E1154").orElseThrow(() -> new MappingException(
                message.at(bookingRff, 1, 2), "RFF+BN without a booking number (1154)"));
        String carrier = message.carrierCode().orElse(message.header().senderId());
        List<Element> equipment = containerEquipment(message);
        List<ContainerLine> containers = equipment.stream()
                .filter(eqd -> message.text(eqd, "C237/E8260").isPresent())
                .map(eqd -> Equipment.line(message, eqd))
                .toList();
        Optional<Element> depot = message.first("LOC", "E3227", "98");
        EmptyContainerPickupOrder order = new EmptyContainerPickupOrder(
                bookingNo,
                message.reference("ATY", "RE").or(bgm::documentNumber).orElse(null),
                bgm.function(),
                carrier,
                message.party("CA").map(Party::name).orElse(null),
                depot.flatMap(loc -> message.text(loc, "C517/E3225")).orElse(null),
                depot.flatMap(loc -> message.text(loc, "C517/E3224").or(() -> message.text(loc, "C519/E3222"))).orElse(null),
                message.dateTime("201").orElse(null),
                message.dateTime("36").orElse(null),
                message.vesselName().orElse(null),
                message.voyageNo().or(() -> message.reference("VON")).orElse(null),
                message.location("9").orElse(null),
                requirements(message, equipment),
                containers,
                Goods.remarks(message));
        return List.of(DealUpdate.document(new DealKey.Booking(bookingNo, carrier), DocumentType.UL060, order,
                containers.stream().map(ContainerLine::containerNo).toList(), message.at(bookingRff))
                .withParties(MessageParties.of(message, message.carrierCode().isEmpty(), "CA", "BA", "FW", "CZ")));
    }

    private static void requireRelease(MessageView message, Bgm bgm) {
        String code = bgm.documentName().orElseThrow(() -> new MappingException(message.at(bgm.segment(), 1, 1),
                "COPARN without a document name (1001): cannot tell a release order from an announcement"));
        if (RELEASE_CODES.containsKey(code)) {
            return;
        }
        String meaning = OTHER_ORDERS.getOrDefault(code, "not a code the hub knows for COPARN");
        throw new MappingException(message.at(bgm.segment(), 1, 1), "COPARN document name " + code + " (" + meaning
                + ") is not an empty-container release; UL060 is made from " + String.join(", ", RELEASE_CODES.keySet().stream().sorted().toList())
                + " only");
    }

    /** EQD+CN segments, with or without a container number. */
    private static List<Element> containerEquipment(MessageView message) {
        return message.all("EQD").stream()
                .filter(eqd -> message.text(eqd, "E8053").filter("CN"::equals).isPresent())
                .toList();
    }

    /** Released containers per ISO size-type, in first-seen order: EQN's count, 1 for a named container or no EQN. */
    private static List<EquipmentRequirement> requirements(MessageView message, List<Element> equipment) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Element eqd : equipment) {
            Optional<String> sizeType = message.text(eqd, "C224/E8155");
            if (sizeType.isEmpty()) {
                if (message.text(eqd, "C237/E8260").isPresent()) {
                    continue; // a named container without size-type still counts among the containers
                }
                throw new MappingException(message.at(eqd, 3, 1), "released equipment without container number or size-type (8155)");
            }
            counts.merge(sizeType.get(), count(message, eqd), Integer::sum);
        }
        List<EquipmentRequirement> requirements = new ArrayList<>();
        counts.forEach((sizeType, count) -> requirements.add(new EquipmentRequirement(sizeType, count)));
        return requirements;
    }

    private static int count(MessageView message, Element eqd) {
        Optional<Element> eqn = message.all(message.group(eqd), "EQN").stream().findFirst();
        String count = eqn.flatMap(e -> message.text(e, "C523/E6350")).orElse("1");
        if (!count.matches("\\d{1,6}") || Integer.parseInt(count) == 0) {
            throw new MappingException(message.at(eqn.orElseThrow(), 1, 1), "'" + count + "' is not a container count");
        }
        return Integer.parseInt(count);
    }
}
