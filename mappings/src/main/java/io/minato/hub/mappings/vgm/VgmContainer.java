package io.minato.hub.mappings.vgm;

import io.minato.hub.mappings.document.Party;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The verified gross mass of one packed container, as its weighing certificate states it.
 *
 * @param containerNo      ISO 6346 container number
 * @param sizeType         ISO 6346 size-type code, if known
 * @param sealNo           the shipper's seal number, if sealed
 * @param vgmKg            verified gross mass in kilograms (cargo, packing and the container's tare)
 * @param method           how it was obtained
 * @param weighingDate     the date the mass was determined
 * @param responsibleParty the party responsible for the VGM (normally the shipper on the B/L)
 * @param signatory        the person authorised to sign the VGM for that party (署名者)
 */
public record VgmContainer(
        @NotBlank @Pattern(regexp = "[A-Z]{4}\\d{7}", message = "must be an ISO 6346 container number") String containerNo,
        @Pattern(regexp = "[0-9A-Z]{4}", message = "must be an ISO 6346 size-type code") String sizeType,
        @Size(max = 35) String sealNo,
        @NotNull @Positive @Digits(integer = 6, fraction = 3) BigDecimal vgmKg,
        @NotNull VgmMethod method,
        @NotNull LocalDate weighingDate,
        @NotNull @Valid Party responsibleParty,
        @NotBlank @Size(max = 35) String signatory) {
}
