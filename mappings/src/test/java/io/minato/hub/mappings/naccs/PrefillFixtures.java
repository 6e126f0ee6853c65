package io.minato.hub.mappings.naccs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.minato.hub.mappings.arrival.ArrivalNotice;
import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.shipping.GoodsLine;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmContainer;
import io.minato.hub.mappings.vgm.VgmMethod;
import io.minato.hub.mappings.vgm.VgmReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One export and one import deal as documents the hub stores them (typed records written by Jackson with
 * ISO dates, as the application configures it), and the shipped layout files read as text, since mappings
 * cannot depend on the NACCS codec in connectors.
 */
final class PrefillFixtures {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private PrefillFixtures() {
    }

    static DealDocuments deal(SourceDocument... documents) {
        return type -> List.of(documents).stream().filter(document -> document.type() == type).findFirst();
    }

    static SourceDocument document(long id, DocumentType type, Object record) {
        return new SourceDocument(id, type, JSON.valueToTree(record));
    }

    /** Item names of a shipped layout file, in file order (first word of each item line). */
    static List<String> layoutItems(String code) {
        return List.copyOf(layoutRepeats(code).keySet());
    }

    /** Item name → how many times it is written (its repeat, or its group's count). */
    static Map<String, Integer> layoutRepeats(String code) {
        try {
            Map<String, Integer> repeats = new LinkedHashMap<>();
            int group = 0;
            for (String raw : Files.readAllLines(Path.of("../config/naccs/layouts/" + code + ".layout"))) {
                String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw.strip();
                String[] words = line.split("\\|")[0].strip().split("\\s+");
                if (line.isEmpty()) {
                    continue;
                } else if (words[0].equals("@group")) {
                    group = Integer.parseInt(words[1]);
                } else if (words[0].equals("@end")) {
                    group = 0;
                } else if (!words[0].startsWith("@")) {
                    repeats.put(words[0], group > 0 ? group : words.length == 6 ? Integer.parseInt(words[5]) : 1);
                }
            }
            return repeats;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- export deal: S/I → ECR, EDA, VAN/VAE, CYA, inquiries

    static final Party SHIPPER = new Party("1234567890123", "MINATO TRADING CO LTD",
            List.of("TOKYO", "MINATO-KU", "KAIGAN 1-1"), "JP");
    static final Party CONSIGNEE = new Party(null, "SINGAPORE IMPORTS PTE LTD",
            List.of("1 HARBOUR DRIVE", "SINGAPORE 098632"), "SG");

    /** Two goods lines: one alone in MSCU1234565, one spread over TGHU7654321 and TGHU7654332. */
    static ShippingInstruction shippingInstruction() {
        return new ShippingInstruction(SHIPPER, CONSIGNEE, null, "1234567890123", "BKG0012345", "MAEU",
                "EVER OCEAN", "025E", "JPTYO", "SGSIN", null, LocalDate.of(2025, 4, 10), "1AW01", "TOKYO CY",
                "FWD-2025-0001", List.of(
                new GoodsLine("AUTO PARTS", 100, "CT", new BigDecimal("2000.500"), new BigDecimal("10.25"),
                        "MTC", List.of("MSCU1234565"), "870899"),
                new GoodsLine("BRAKE PADS", 40, "CT", new BigDecimal("900"), new BigDecimal("4"), "MTC 2",
                        List.of("TGHU7654321", "TGHU7654332"), "870830")),
                "4AB1C2D3E4F5G6H7");
    }

    /** The S/I after ECR and EDA answered: the numbers output processing records back into it. */
    static SourceDocument shippingInstructionWithNaccsNumbers(long id) {
        ObjectNode fields = JSON.valueToTree(shippingInstruction());
        fields.putObject("customs").put("declarationNumber", "10012345670");
        return new SourceDocument(id, DocumentType.UL040, fields);
    }

    static BookingConfirmation bookingConfirmation() {
        return new BookingConfirmation("BKG0012345", "MAEU", "MAERSK A/S", "CONFIRMED",
                new Party(null, "MINATO FORWARDING", List.of(), "JP"), SHIPPER, null, "EVER OCEAN", "025E",
                "JPTYO", "JPTYO", "SGSIN", "MYPKG", LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 18),
                LocalDate.of(2025, 4, 8), "AUTO PARTS", new BigDecimal("2900.5"),
                List.of(new EquipmentRequirement("22G1", 1), new EquipmentRequirement("45G1", 2)));
    }

    static VgmReport vgm() {
        Party shipper = SHIPPER;
        return new VgmReport("VGM-1", "BKG0012345", "MAEU", "EVER OCEAN", "025E", List.of(
                new VgmContainer("TGHU7654321", "45G1", "SL-002", new BigDecimal("8450.0"), VgmMethod.SM2,
                        LocalDate.of(2025, 4, 7), shipper, "T. SATO"),
                new VgmContainer("MSCU1234565", "22G1", "SL-001", new BigDecimal("4230.500"), VgmMethod.SM1,
                        LocalDate.of(2025, 4, 7), shipper, "T. SATO")));
    }

    static EquipmentInterchangeReceipt gateIn() {
        return new EquipmentInterchangeReceipt("MSCU1234565", "22G1", "FULL", List.of("SL-001"),
                new BigDecimal("4230.5"), "GATE_IN", LocalDateTime.of(2025, 4, 8, 9, 30), "JPTYO", "1AW01",
                "BKG0012345", null, "MAEU", "MINATO TRUCKING", "品川100あ1234", "EIR-1");
    }

    /** An invoice has no typed record yet: fields as the portal stores them. */
    static SourceDocument invoice(long id) {
        ObjectNode fields = JSON.createObjectNode();
        fields.put("invoiceNo", "INV-2025-042");
        fields.put("incoterms", "FOB");
        fields.put("currency", "USD");
        fields.put("totalAmount", 48250.75);
        return new SourceDocument(id, DocumentType.UL100, fields);
    }

    // ---- import deal: A/N, B/L → IDA, OLA/OLC, CYO, inquiries

    static ArrivalNotice arrivalNotice() {
        return new ArrivalNotice("MAEU123456789", "MAEU", "MAERSK A/S",
                new Party(null, "SHANGHAI EXPORT CO LTD", List.of("88 PUDONG AVENUE", "SHANGHAI"), "CN"),
                new Party("JP1234567890", "港湾商事株式会社", List.of("東京都港区海岸1-1"), "JP"), null,
                "MAERSK KOBE", "112W", "CNSHA", "JPTYO", "JPTYO", LocalDate.of(2025, 5, 2), "FROZEN SHRIMP",
                600, new BigDecimal("18000.000"), List.of(
                new ContainerLine("MSKU7654321", "45R1", "FULL", List.of("CN-SEAL-1"), new BigDecimal("9000")),
                new ContainerLine("MSKU7654332", "45R1", "FULL", List.of("CN-SEAL-2"), new BigDecimal("9000"))));
    }

    static SourceDocument arrivalNoticeWithDeclarationNumber(long id) {
        ObjectNode fields = JSON.valueToTree(arrivalNotice());
        fields.put("importDeclarationNumber", "20098765430");
        return new SourceDocument(id, DocumentType.UL290, fields);
    }

    static BillOfLading billOfLading() {
        return new BillOfLading(BillOfLading.Kind.BILL_OF_LADING, BillOfLading.Status.ORIGINAL, null,
                "MAEU123456789", null, "MAEU", null, arrivalNotice().shipper(), arrivalNotice().consignee(), null,
                "MAERSK KOBE", "112W", "CNSHA", "CNSHA", "JPTYO", "JPTYO", LocalDate.of(2025, 4, 25), "SHANGHAI",
                LocalDate.of(2025, 4, 25), "PREPAID", "FROZEN SHRIMP (B/L)", 600, new BigDecimal("18000"),
                arrivalNotice().containers());
    }
}
