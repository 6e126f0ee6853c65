package io.minato.hub.mappings.equipment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * UL080 機器受渡証 (equipment interchange receipt, EIR): the terminal's record that a container
 * passed its gate, in or out, in the state written here. One per container and movement; a
 * terminal's CODECO is its source.
 *
 * @param containerNo   ISO 6346 container number (コンテナ番号)
 * @param sizeType      ISO 6346 size-type code, e.g. {@code 22G1}, if sent
 * @param fullEmpty     {@code FULL} or {@code EMPTY}, if sent
 * @param seals         seal numbers (シール番号) as found at the gate
 * @param grossWeightKg gross weight (or VGM) in kilograms, if sent
 * @param movement      {@code GATE_IN} (搬入) or {@code GATE_OUT} (搬出)
 * @param occurredAt    when the container passed the gate, local time of the terminal, if sent
 * @param location      UN/LOCODE of the place, if sent
 * @param terminal      terminal code or name (related location of the LOC), if sent
 * @param bookingNo     booking number the container moves under, if sent
 * @param blNo          B/L number the container moves under, if sent
 * @param carrierCode   carrier or container operator, if sent
 * @param haulier       trucking company (陸運業者) of the road leg, code or name, if sent
 * @param truckNo       licence plate of the truck, if sent
 * @param reportNo      the gate report's document number (BGM 1004), if sent
 */
public record EquipmentInterchangeReceipt(
        String containerNo,
        String sizeType,
        String fullEmpty,
        List<String> seals,
        BigDecimal grossWeightKg,
        String movement,
        LocalDateTime occurredAt,
        String location,
        String terminal,
        String bookingNo,
        String blNo,
        String carrierCode,
        String haulier,
        String truckNo,
        String reportNo) {

    public EquipmentInterchangeReceipt {
        seals = seals == null ? List.of() : List.copyOf(seals);
    }
}
