package io.minato.hub.mappings.shipping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One goods line of a shipping instruction.
 *
 * @param description      description of goods (品名)
 * @param packages         number of packages (個数)
 * @param packageUnit      UN/ECE Rec. 21 package code, e.g. {@code CT} cartons, {@code PK} packages
 * @param grossWeightKg    gross weight in kilograms (総重量)
 * @param measurementM3    measurement in cubic metres (容積)
 * @param marks            marks and numbers (記号番号)
 * @param containerNumbers ISO 6346 container numbers the goods are stuffed in
 * @param hsCode           HS code, if known
 */
public record GoodsLine(
        @NotBlank @Size(max = 350) String description,
        @NotNull @Positive Integer packages,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,3}") String packageUnit,
        @NotNull @Positive BigDecimal grossWeightKg,
        @PositiveOrZero BigDecimal measurementM3,
        @Size(max = 512) String marks,
        List<@Pattern(regexp = "[A-Z]{4}\\d{7}", message = "must be an ISO 6346 container number") String> containerNumbers,
        @Pattern(regexp = "\\d{6,10}") String hsCode) {

    public GoodsLine {
        containerNumbers = containerNumbers == null ? List.of() : List.copyOf(containerNumbers);
    }
}
