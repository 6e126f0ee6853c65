package io.minato.hub.mappings.booking;

/**
 * Containers confirmed for a booking: how many of which ISO 6346 size-type.
 *
 * @param sizeType ISO 6346 size-type code, e.g. {@code 22G1}, {@code 45G1}
 * @param count    number of containers
 */
public record EquipmentRequirement(String sizeType, int count) {
}
