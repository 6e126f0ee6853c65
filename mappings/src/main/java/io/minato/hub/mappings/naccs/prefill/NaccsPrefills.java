package io.minato.hub.mappings.naccs.prefill;

import io.minato.hub.mappings.naccs.EcrPrefill;
import java.util.List;
import java.util.Optional;

/** The businesses the hub can prefill from documents. */
public final class NaccsPrefills {

    private static final List<NaccsPrefill> ALL = List.of(new EcrPrefill());

    private NaccsPrefills() {
    }

    public static List<NaccsPrefill> all() {
        return ALL;
    }

    public static Optional<NaccsPrefill> find(String businessCode) {
        String code = businessCode == null ? "" : businessCode.strip();
        return ALL.stream().filter(prefill -> prefill.businessCode().equals(code)).findFirst();
    }
}
