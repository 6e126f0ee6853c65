package io.minato.hub.mappings.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;

/**
 * One container as shipping documents list it.
 *
 * @param containerNo   ISO 6346 number, e.g. {@code MSCU1234565}
 * @param sizeType      ISO 6346 size-type code, e.g. {@code 22G1}, if sent
 * @param fullEmpty     {@code FULL} or {@code EMPTY}, if sent
 * @param seals         seal numbers
 * @param grossWeightKg gross weight in kilograms, if sent
 */
public record ContainerLine(
        @NotBlank @Pattern(regexp = "[A-Z0-9]{4,17}") String containerNo,
        String sizeType,
        String fullEmpty,
        List<String> seals,
        BigDecimal grossWeightKg) {

    public ContainerLine {
        seals = seals == null ? List.of() : List.copyOf(seals);
    }
}
