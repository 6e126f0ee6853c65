package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL440;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * What the S/I (UL040) and the VGM report (UL440) say about one packed container, for VAN and VAE:
 * the VGM's size-type, seal and verified gross mass, and the cargo stuffed in it.
 */
final class Vanning {

    private Vanning() {
    }

    /**
     * Fills the container's items from its VGM entry: {@code sizeKey}, {@code sealKey},
     * {@code massKey} (kilograms).
     */
    static void fromVgm(PrefillBuilder builder, String container, String sizeKey, String sealKey, String massKey) {
        builder.document(UL440).ifPresent(vgm -> {
            JsonNode containers = vgm.fields().path("containers");
            for (int i = 0; i < containers.size(); i++) {
                if (container.equals(containers.get(i).path("containerNo").asText())) {
                    put(builder, vgm, sizeKey, "/containers/" + i + "/sizeType");
                    put(builder, vgm, sealKey, "/containers/" + i + "/sealNo");
                    builder.put(massKey, PrefillBuilder.number(containers.get(i).path("vgmKg")),
                            vgm.at("/containers/" + i + "/vgmKg"));
                    return;
                }
            }
        });
    }

    /**
     * Packages, package unit and gross weight of the cargo in one container, when the S/I says it: every
     * goods line naming the container names no other, since a line spread over several containers does
     * not say how it was split.
     */
    static void cargo(PrefillBuilder builder, SourceDocument si, String container, String packagesKey,
                      String unitKey, String weightKey) {
        int packages = 0;
        BigDecimal weight = BigDecimal.ZERO;
        Set<String> units = new HashSet<>();
        boolean found = false;
        for (JsonNode line : si.fields().path("goods")) {
            Set<String> numbers = new HashSet<>();
            line.path("containerNumbers").forEach(number -> numbers.add(number.asText()));
            if (!numbers.contains(container)) {
                continue;
            }
            BigDecimal lineWeight = PrefillBuilder.decimal(line.path("grossWeightKg"));
            if (numbers.size() > 1 || !line.path("packages").canConvertToInt() || lineWeight == null) {
                return;
            }
            found = true;
            packages += line.path("packages").asInt();
            weight = weight.add(lineWeight);
            units.add(line.path("packageUnit").asText());
        }
        if (found) {
            String lines = "/goods/* stuffed in " + container;
            builder.put(packagesKey, Integer.toString(packages), si.at("sum of packages of " + lines));
            builder.put(unitKey, units.size() == 1 ? units.iterator().next() : EcrMapper.MIXED_PACKAGES,
                    si.at("packageUnit of " + lines));
            builder.put(weightKey, PrefillBuilder.plain(weight), si.at("sum of grossWeightKg of " + lines));
        }
    }

    private static void put(PrefillBuilder builder, SourceDocument document, String key, String pointer) {
        builder.put(key, PrefillBuilder.text(document.fields().at(pointer)), document.at(pointer));
    }
}
