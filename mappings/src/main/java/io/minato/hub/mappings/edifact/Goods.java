package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.MappingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** Totals of a transport document's goods items (GID groups), the same in every directory. */
final class Goods {

    /** 6313 codes meaning gross weight: G gross weight, AAB unit gross weight, WT weight. */
    private static final Set<String> GROSS_WEIGHT = Set.of("G", "AAB", "WT");

    private Goods() {
    }

    /** FTX+AAA (goods description) lines, joined; null when none is sent. */
    static String description(MessageView message) {
        String text = message.all("FTX").stream()
                .filter(ftx -> message.text(ftx, "E4451").filter("AAA"::equals).isPresent())
                .flatMap(ftx -> Dom.texts(ftx, "C108/E4440").stream())
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    /** Sum of GID package counts (C213/7224); null when no GID has one. */
    static Integer packages(MessageView message) {
        Integer total = null;
        for (Element gid : message.all("GID")) {
            Optional<String> count = message.text(gid, "C213/E7224");
            if (count.isPresent()) {
                if (!count.get().matches("\\d{1,8}")) {
                    throw new MappingException(message.at(gid, 2, 1), "'" + count.get() + "' is not a package count");
                }
                total = (total == null ? 0 : total) + Integer.parseInt(count.get());
            }
        }
        return total;
    }

    /** Sum of the goods items' gross weights (MEA+AAE with a gross-weight code, in the GID's group), in kilograms. */
    static BigDecimal grossWeightKg(MessageView message) {
        BigDecimal total = null;
        for (Element gid : message.all("GID")) {
            for (Element mea : message.all(message.group(gid), "MEA")) {
                if (message.text(mea, "E6311").filter("AAE"::equals).isPresent()
                        && message.text(mea, "C502/E6313").filter(GROSS_WEIGHT::contains).isPresent()) {
                    BigDecimal kg = message.kilograms(mea);
                    total = total == null ? kg : total.add(kg);
                }
            }
        }
        return total;
    }

    /** Every FTX text except goods descriptions, one entry per FTX, for remarks. */
    static List<String> remarks(MessageView message) {
        return message.all("FTX").stream()
                .filter(ftx -> message.text(ftx, "E4451").filter("AAA"::equals).isEmpty())
                .map(ftx -> String.join(" ", Dom.texts(ftx, "C108/E4440")))
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
