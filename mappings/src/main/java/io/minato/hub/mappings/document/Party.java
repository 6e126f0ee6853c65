package io.minato.hub.mappings.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A party named on a document (shipper, consignee, notify, carrier, …); its role is the field it
 * sits in.
 *
 * @param code        the party's identifier where one exists: NACCS exporter code, SCAC, EDI id
 * @param name        name as printed on the document
 * @param address     address lines, in order
 * @param countryCode ISO 3166-1 alpha-2
 */
public record Party(
        @Size(max = 35) String code,
        @NotBlank @Size(max = 140) String name,
        List<@Size(max = 70) String> address,
        @Pattern(regexp = "[A-Z]{2}") String countryCode) {

    public Party {
        address = address == null ? List.of() : List.copyOf(address);
    }
}
