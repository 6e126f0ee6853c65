package io.minato.hub.mappings.shipping;

import io.minato.hub.mappings.document.Party;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * UL040 船積依頼書 (shipping instruction, S/I): what the shipper asks the forwarder and carrier to
 * ship. The source of most NACCS ECR items.
 *
 * @param shipper             荷主 (exporter)
 * @param consignee           荷受人
 * @param notifyParty         着荷通知先 (notify party)
 * @param exporterCode        NACCS exporter code (輸出者コード), if registered
 * @param bookingNo           the carrier's booking number
 * @param carrierCode         the carrier's SCAC
 * @param vesselName          vessel name
 * @param voyageNo            voyage number
 * @param portOfLoading       UN/LOCODE (船積港)
 * @param portOfDischarge     UN/LOCODE (仕向港)
 * @param placeOfDelivery     UN/LOCODE, if beyond the port of discharge
 * @param estimatedDeparture  ETD (出港予定日)
 * @param bondedAreaCode      planned bonded-area code (搬入予定保税地域コード), 5 characters
 * @param bondedAreaName      planned bonded-area name
 * @param inHouseReference    the forwarder's own reference (社内整理番号)
 * @param goods               goods lines
 * @param customs             the export declaration's status as NACCS outputs told it; optional, set by the hub
 * @param exportControlNumber 輸出管理番号, assigned by NACCS when ECR is registered; never sent in
 */
public record ShippingInstruction(
        @NotNull @Valid Party shipper,
        @NotNull @Valid Party consignee,
        @Valid Party notifyParty,
        @Pattern(regexp = "[0-9A-Z]{5,17}") String exporterCode,
        @Size(max = 35) String bookingNo,
        @Pattern(regexp = "[A-Z]{2,4}") String carrierCode,
        @NotBlank @Size(max = 35) String vesselName,
        @NotBlank @Size(max = 17) String voyageNo,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String portOfLoading,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String portOfDischarge,
        @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String placeOfDelivery,
        LocalDate estimatedDeparture,
        @Pattern(regexp = "[0-9A-Z]{5}") String bondedAreaCode,
        @Size(max = 70) String bondedAreaName,
        @Size(max = 20) String inHouseReference,
        @NotEmpty @Valid List<GoodsLine> goods,
        String exportControlNumber,
        CustomsStatus customs) {

    public ShippingInstruction {
        goods = goods == null ? List.of() : List.copyOf(goods);
    }

    /** Without customs status (what every caller before NACCS outputs wrote). */
    public ShippingInstruction(Party shipper, Party consignee, Party notifyParty, String exporterCode,
                               String bookingNo, String carrierCode, String vesselName, String voyageNo,
                               String portOfLoading, String portOfDischarge, String placeOfDelivery,
                               LocalDate estimatedDeparture, String bondedAreaCode, String bondedAreaName,
                               String inHouseReference, List<GoodsLine> goods, String exportControlNumber) {
        this(shipper, consignee, notifyParty, exporterCode, bookingNo, carrierCode, vesselName, voyageNo,
                portOfLoading, portOfDischarge, placeOfDelivery, estimatedDeparture, bondedAreaCode, bondedAreaName,
                inHouseReference, goods, exportControlNumber, null);
    }

    public int totalPackages() {
        return goods.stream().mapToInt(GoodsLine::packages).sum();
    }

    public BigDecimal totalGrossWeightKg() {
        return goods.stream().map(GoodsLine::grossWeightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalMeasurementM3() {
        return goods.stream().map(GoodsLine::measurementM3)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<String> containerNumbers() {
        return goods.stream().flatMap(line -> line.containerNumbers().stream()).distinct().toList();
    }

    /** The same S/I with the export control number NACCS assigned. */
    public ShippingInstruction withExportControlNumber(String number) {
        return new ShippingInstruction(shipper, consignee, notifyParty, exporterCode, bookingNo, carrierCode,
                vesselName, voyageNo, portOfLoading, portOfDischarge, placeOfDelivery, estimatedDeparture,
                bondedAreaCode, bondedAreaName, inHouseReference, goods, number, customs);
    }

    /** The same S/I with the customs status NACCS outputs told. */
    public ShippingInstruction withCustoms(CustomsStatus status) {
        return new ShippingInstruction(shipper, consignee, notifyParty, exporterCode, bookingNo, carrierCode,
                vesselName, voyageNo, portOfLoading, portOfDischarge, placeOfDelivery, estimatedDeparture,
                bondedAreaCode, bondedAreaName, inHouseReference, goods, exportControlNumber, status);
    }
}
