package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * IFTMCS (instruction contract status: the carrier's B/L draft or issued document) → UL150
 * {@link BillOfLading} or UL160 sea waybill, by BGM 1001 (UNTDID 1001): 704 master B/L, 705 bill of
 * lading, 706 B/L original, 707 B/L copy and 714 house B/L are UL150; 710 sea waybill is UL160.
 * 706 and 707 say the document is issued (original, copy); the other codes are the contract status
 * before issue, which is what a carrier's IFTMCS is for, so they read as a draft.
 *
 * <p>Key: with a booking number (RFF+BN) the exporter's deal of that booking, opened if unknown;
 * without one, the deal of the B/L number (RFF+BM, else the BGM document number). The carrier is
 * NAD+CA or the main carriage's, else the interchange sender. Names CA, CZ, FW, CN, NI and N1 for
 * the party table (the UNB sender as carrier when it is the carrier).
 */
public final class IftmcsMapper implements InboundMapper {

    private static final Map<String, BillOfLading.Kind> KINDS = Map.of(
            "704", BillOfLading.Kind.BILL_OF_LADING,
            "705", BillOfLading.Kind.BILL_OF_LADING,
            "706", BillOfLading.Kind.BILL_OF_LADING,
            "707", BillOfLading.Kind.BILL_OF_LADING,
            "714", BillOfLading.Kind.BILL_OF_LADING,
            "710", BillOfLading.Kind.SEA_WAYBILL);

    @Override
    public String messageType() {
        return "IFTMCS";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        Bgm bgm = Bgm.of(message);
        String code = bgm.documentName().orElse(null);
        BillOfLading.Kind kind = code == null ? null : KINDS.get(code);
        if (kind == null) {
            throw new MappingException(message.at(bgm.segment(), 1, 1), "IFTMCS document name " + code
                    + " is neither a bill of lading (704, 705, 706, 707, 714) nor a sea waybill (710)");
        }
        Optional<Element> rffBm = message.first("RFF", "C506/E1153", "BM");
        String blNo = rffBm.flatMap(rff -> message.text(rff, "C506/E1154")).or(bgm::documentNumber)
                .orElseThrow(() -> new MappingException(message.at(bgm.segment(), 2, 0),
                        "no B/L number: neither RFF+BM nor a BGM document number (1004)"));
        Optional<Element> rffBn = message.first("RFF", "C506/E1153", "BN");
        Optional<String> bookingNo = rffBn.flatMap(rff -> message.text(rff, "C506/E1154"));
        String carrier = message.carrierCode().orElse(message.header().senderId());
        List<ContainerLine> containers = Equipment.containers(message);
        BillOfLading document = new BillOfLading(
                kind,
                status(code),
                bgm.function(),
                blNo,
                bookingNo.orElse(null),
                carrier,
                message.party("CA").map(Party::name).orElse(null),
                message.party("CZ").orElse(null),
                message.party("CN").orElse(null),
                message.party("NI").or(() -> message.party("N1")).orElse(null),
                message.vesselName().orElse(null),
                message.voyageNo().orElse(null),
                message.location("88").orElse(null),
                message.location("9").orElse(null),
                message.location("11").orElse(null),
                message.location("7").orElse(null),
                date(message, "182"),
                issuePlace(message),
                date(message, "11"),
                freightTerms(message),
                Goods.description(message),
                Goods.packages(message),
                Goods.grossWeightKg(message),
                containers);
        DealKey key;
        EdiPosition keySource;
        if (bookingNo.isPresent()) {
            key = new DealKey.Booking(bookingNo.get(), carrier);
            keySource = message.at(rffBn.orElseThrow());
        } else {
            key = new DealKey.BillOfLading(blNo, carrier);
            keySource = message.at(rffBm.orElse(bgm.segment()));
        }
        DocumentType type = kind == BillOfLading.Kind.SEA_WAYBILL ? DocumentType.UL160 : DocumentType.UL150;
        return List.of(DealUpdate.document(key, type, document, containers.stream().map(ContainerLine::containerNo).toList(),
                keySource).withParties(MessageParties.of(message, message.carrierCode().isEmpty(), "CA", "CZ", "FW", "CN", "NI", "N1")));
    }

    private static BillOfLading.Status status(String documentName) {
        return switch (documentName) {
            case "706" -> BillOfLading.Status.ORIGINAL;
            case "707" -> BillOfLading.Status.COPY;
            default -> BillOfLading.Status.DRAFT;
        };
    }

    /** DTM 182 issue date; 11 despatch date, which carriers use for the shipped-on-board date. */
    private static LocalDate date(MessageView message, String qualifier) {
        return message.dateTime(qualifier).map(LocalDateTime::toLocalDate).orElse(null);
    }

    /** LOC+91 (place of document issue): its code, else its name. */
    private static String issuePlace(MessageView message) {
        return message.first("LOC", "E3227", "91")
                .flatMap(loc -> message.text(loc, "C517/E3225").or(() -> message.text(loc, "C517/E3224")))
                .orElse(null);
    }

    /** CPI payment arrangement (4237): P prepaid, C collect; another code is kept as sent. */
    private static String freightTerms(MessageView message) {
        return message.all("CPI").stream()
                .map(cpi -> message.text(cpi, "E4237"))
                .flatMap(Optional::stream)
                .findFirst()
                .map(code -> switch (code) {
                    case "P" -> "PREPAID";
                    case "C" -> "COLLECT";
                    default -> code;
                })
                .orElse(null);
    }
}
