package io.minato.hub.mappings.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Containers asked for or confirmed for a booking: how many of which ISO 6346 size-type.
 *
 * @param sizeType ISO 6346 size-type code, e.g. {@code 22G1}, {@code 45G1}
 * @param count    number of containers
 */
public record EquipmentRequirement(
        @NotBlank @Pattern(regexp = "[0-9A-Z]{4}", message = "must be an ISO 6346 size-type code") String sizeType,
        @Positive int count) {
}
