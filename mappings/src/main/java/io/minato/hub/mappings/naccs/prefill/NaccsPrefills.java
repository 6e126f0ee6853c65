package io.minato.hub.mappings.naccs.prefill;

import io.minato.hub.mappings.naccs.BkrPrefill;
import io.minato.hub.mappings.naccs.BondedTransportPrefill;
import io.minato.hub.mappings.naccs.CyPrefill;
import io.minato.hub.mappings.naccs.EcrPrefill;
import io.minato.hub.mappings.naccs.EdaPrefill;
import io.minato.hub.mappings.naccs.IdaPrefill;
import io.minato.hub.mappings.naccs.NaccsKeyPrefills;
import io.minato.hub.mappings.naccs.VaePrefill;
import io.minato.hub.mappings.naccs.VanPrefill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The businesses the hub can prefill from documents. */
public final class NaccsPrefills {

    private static final List<NaccsPrefill> ALL;

    static {
        List<NaccsPrefill> all = new ArrayList<>(List.of(new EcrPrefill(), new EdaPrefill(), new BkrPrefill(),
                new VanPrefill(), new VaePrefill(), CyPrefill.cya(), CyPrefill.cyo(), new IdaPrefill(),
                BondedTransportPrefill.ola(), BondedTransportPrefill.olc()));
        all.addAll(NaccsKeyPrefills.all());
        ALL = List.copyOf(all);
    }

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
