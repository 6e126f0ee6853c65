package io.minato.hub.mappings.vgm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * UL440 VGM報告 (verified gross mass report): the SOLAS VGM of the packed containers of a booking,
 * which the carrier and terminal need before loading. Sent to the carrier as VERMAS.
 *
 * @param reportNo    the sender's reference of this report
 * @param bookingNo   the carrier's booking number the containers travel under
 * @param carrierCode the carrier's SCAC
 * @param vesselName  vessel, if known
 * @param voyageNo    voyage number, if known
 * @param containers  one entry per packed container
 */
public record VgmReport(
        @NotBlank @Size(max = 35) String reportNo,
        @NotBlank @Size(max = 35) String bookingNo,
        @Pattern(regexp = "[A-Z]{2,4}", message = "must be a SCAC") String carrierCode,
        @Size(max = 35) String vesselName,
        @Size(max = 17) String voyageNo,
        @NotEmpty @Valid List<VgmContainer> containers) {

    public VgmReport {
        containers = containers == null ? List.of() : List.copyOf(containers);
    }
}
