package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.MappingException;
import java.math.BigDecimal;
import org.w3c.dom.Element;

/** A MEA weight (C174: 6411 unit, 6314 value) in kilograms; units other than KGM/TNE/LBR are reported. */
public final class Weights {

    /** Exact by definition (international avoirdupois pound). */
    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private Weights() {
    }

    public static BigDecimal kilograms(Element mea, MessageSegments segments, char decimalMark) {
        String unit = Dom.text(mea, "C174/E6411").orElse(null);
        String raw = Dom.text(mea, "C174/E6314").orElse(null);
        BigDecimal value = EdifactValues.decimal(raw, decimalMark).orElseThrow(() ->
                new MappingException(segments.at(mea, 3, 2), "'" + raw + "' is not a weight"));
        if (unit == null) {
            throw new MappingException(segments.at(mea, 3, 1), "weight without unit (6411)");
        }
        return switch (unit) {
            case "KGM" -> value;
            case "TNE" -> value.multiply(BigDecimal.valueOf(1000));
            case "LBR" -> value.multiply(KG_PER_LB);
            default -> throw new MappingException(segments.at(mea, 3, 1), "weight unit " + unit + " is not supported (KGM, TNE, LBR)");
        };
    }
}
