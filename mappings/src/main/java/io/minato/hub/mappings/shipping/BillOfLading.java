package io.minato.hub.mappings.shipping;

import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.MessageFunction;
import io.minato.hub.mappings.document.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * UL150 船荷証券 (bill of lading) or UL160 海上運送状 (sea waybill), as a carrier sends its contract
 * status (IFTMCS): first as a draft for the shipper to check, later as issued.
 *
 * @param kind             B/L or sea waybill; decides UL150 or UL160
 * @param status           draft, original or copy
 * @param messageFunction  original, replacement, cancellation, …
 * @param blNo             B/L (or waybill) number (B/L番号)
 * @param bookingNo        the carrier's booking number, if sent
 * @param carrierCode      the carrier's SCAC or code as sent
 * @param carrierName      the carrier's name, if sent
 * @param shipper          荷送人
 * @param consignee        荷受人
 * @param notifyParty      着荷通知先
 * @param vesselName       vessel of the main carriage
 * @param voyageNo         voyage number
 * @param placeOfReceipt   UN/LOCODE
 * @param portOfLoading    UN/LOCODE
 * @param portOfDischarge  UN/LOCODE
 * @param placeOfDelivery  UN/LOCODE
 * @param issueDate        date of issue, if sent
 * @param issuePlace       place of issue (UN/LOCODE or name as sent), if sent
 * @param onBoardDate      shipped-on-board date, if sent
 * @param freightTerms     PREPAID, COLLECT, or the sender's code for anything else; null if not sent
 * @param cargoDescription goods description
 * @param packages         number of packages, if sent
 * @param grossWeightKg    total gross weight in kilograms, if sent
 * @param containers       containers of the shipment
 */
public record BillOfLading(
        Kind kind,
        Status status,
        MessageFunction messageFunction,
        String blNo,
        String bookingNo,
        String carrierCode,
        String carrierName,
        Party shipper,
        Party consignee,
        Party notifyParty,
        String vesselName,
        String voyageNo,
        String placeOfReceipt,
        String portOfLoading,
        String portOfDischarge,
        String placeOfDelivery,
        LocalDate issueDate,
        String issuePlace,
        LocalDate onBoardDate,
        String freightTerms,
        String cargoDescription,
        Integer packages,
        BigDecimal grossWeightKg,
        List<ContainerLine> containers) {

    public BillOfLading {
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** Negotiable B/L (UL150) or non-negotiable sea waybill (UL160). */
    public enum Kind {
        BILL_OF_LADING,
        SEA_WAYBILL
    }

    /** Where the document stands: a draft to check, the issued original, or a copy of it. */
    public enum Status {
        DRAFT,
        ORIGINAL,
        COPY
    }
}
