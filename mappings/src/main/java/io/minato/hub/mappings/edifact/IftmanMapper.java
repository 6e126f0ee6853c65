package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.arrival.ArrivalNotice;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * IFTMAN (arrival notice) → UL290 in the import deal of its B/L, created when the hub has none.
 * The B/L number is RFF+BM, else the BGM document number; the carrier is NAD+CA or the main
 * carriage's carrier, else the interchange sender. Names CA, CN, NI, N1, FW and CZ for the party
 * table (the UNB sender as carrier when it is the carrier).
 */
public final class IftmanMapper implements InboundMapper {

    @Override
    public String messageType() {
        return "IFTMAN";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        Optional<Element> rffBm = message.first("RFF", "C506/E1153", "BM");
        Optional<Element> bgm = message.all("BGM").stream().findFirst();
        String blNo = rffBm.flatMap(rff -> message.text(rff, "C506/E1154"))
                .or(() -> bgm.flatMap(b -> message.text(b, "C106/E1004")))
                .orElseThrow(() -> new MappingException(bgm.map(b -> message.at(b, 2, 1)).orElseGet(message::atMessage),
                        "no B/L number: neither RFF+BM nor a BGM document number (1004)"));
        EdiPosition keySource = rffBm.or(() -> bgm).map(message::at).orElseGet(message::atMessage);
        String carrier = message.carrierCode().orElse(message.header().senderId());
        List<ContainerLine> containers = Equipment.containers(message);
        ArrivalNotice notice = new ArrivalNotice(
                blNo,
                carrier,
                message.party("CA").map(Party::name).orElse(null),
                message.party("CZ").orElse(null),
                message.party("CN").orElse(null),
                message.party("NI").or(() -> message.party("N1")).orElse(null),
                message.vesselName().orElse(null),
                message.voyageNo().orElse(null),
                message.location("9").orElse(null),
                message.location("11").orElse(null),
                message.location("7", "8").orElse(null),
                message.dateTime("132").map(LocalDateTime::toLocalDate).orElse(null),
                Goods.description(message),
                Goods.packages(message),
                Goods.grossWeightKg(message),
                containers);
        return List.of(DealUpdate.document(new DealKey.BillOfLading(blNo, carrier), DocumentType.UL290, notice,
                containers.stream().map(ContainerLine::containerNo).toList(), keySource)
                .withParties(MessageParties.of(message, message.carrierCode().isEmpty(), "CA", "CN", "NI", "N1", "FW", "CZ")));
    }
}
