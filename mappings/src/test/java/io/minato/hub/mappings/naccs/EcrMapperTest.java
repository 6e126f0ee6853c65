package io.minato.hub.mappings.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.shipping.GoodsLine;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EcrMapperTest {

    static ShippingInstruction si(List<GoodsLine> goods, String placeOfDelivery) {
        return new ShippingInstruction(
                new Party("1234567890123", "MINATO TRADING CO LTD", List.of("1-1 Kaigan", "Minato-ku"), "JP"),
                new Party(null, "SINGAPORE IMPORTS PTE LTD", List.of(), "SG"), null,
                "1234567890123", "BKG0012345", "MAEU", "EVER OCEAN", "025E", "JPTYO", "SGSIN", placeOfDelivery,
                LocalDate.of(2025, 4, 10), "1AW01", "TOKYO CY", "FWD-2025-0001", goods, null);
    }

    static GoodsLine line(String description, int packages, String unit, String kg, String m3, String marks,
                          String... containers) {
        return new GoodsLine(description, packages, unit, new BigDecimal(kg), m3 == null ? null : new BigDecimal(m3),
                marks, List.of(containers), "870899");
    }

    @Test
    void prefillsEcrItemsFromTheShippingInstruction() {
        ShippingInstruction si = si(List.of(
                line("AUTO PARTS", 100, "CT", "2000.500", "10.25", "MTC\nSINGAPORE", "MSCU1234565"),
                line("BRAKE PADS", 20, "CT", "450.000", "2.75", "MTC 2", "MSCU1234565", "TGHU7654321")), null);

        Map<String, String> items = EcrMapper.itemsFrom(si);

        assertThat(items).containsEntry("bondedAreaCode", "1AW01")
                .containsEntry("bondedAreaName", "TOKYO CY")
                .containsEntry("exporterCode", "1234567890123")
                .containsEntry("exporterName", "MINATO TRADING CO LTD")
                .containsEntry("bookingNumber", "BKG0012345")
                .containsEntry("vesselName", "EVER OCEAN")
                .containsEntry("departureDate", "20250410")
                .containsEntry("portOfLoading", "JPTYO")
                .containsEntry("portOfDischarge", "SGSIN")
                .containsEntry("finalDestinationCode", "SGSIN")
                .containsEntry("totalPackages", "120")
                .containsEntry("packageUnit", "CT")
                .containsEntry("totalGrossWeight", "2450.5")
                .containsEntry("weightUnit", "KGM")
                .containsEntry("totalMeasurement", "13")
                .containsEntry("measurementUnit", "MTQ")
                .containsEntry("marks", "MTC SINGAPORE MTC 2")
                .containsEntry("goodsDescription", "AUTO PARTS")
                .containsEntry("containerCount", "2")
                .containsEntry("containerNumber[1]", "MSCU1234565")
                .containsEntry("containerNumber[2]", "TGHU7654321")
                .containsEntry("inHouseReference", "FWD-2025-0001")
                .doesNotContainKeys("vesselCode", "dangerousGoodsCode", "containerNumber[3]");
    }

    @Test
    void usesMixedPackageUnitAndPlaceOfDeliveryWhenGiven() {
        ShippingInstruction si = si(List.of(line("AUTO PARTS", 1, "CT", "10", null, null),
                line("TYRES", 2, "PK", "20", null, null)), "MYPKG");

        Map<String, String> items = EcrMapper.itemsFrom(si);

        assertThat(items).containsEntry("packageUnit", "PK")
                .containsEntry("finalDestinationCode", "MYPKG")
                .containsEntry("totalGrossWeight", "30")
                .doesNotContainKeys("totalMeasurement", "measurementUnit", "marks", "containerCount");
    }

    @Test
    void producesOnlyItemNamesOfTheEcrLayoutFile() throws IOException {
        Set<String> layoutItems = Files.readAllLines(Path.of("../config/naccs/layouts/ECR.layout")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("@"))
                .map(line -> line.split("\\s+")[0])
                .collect(Collectors.toSet());
        ShippingInstruction si = si(List.of(line("AUTO PARTS", 1, "CT", "10", "1", "M", "MSCU1234565")), "MYPKG");

        assertThat(EcrMapper.itemsFrom(si).keySet())
                .allSatisfy(key -> assertThat(layoutItems).contains(key.replaceAll("\\[\\d+]$", "")));
    }
}
