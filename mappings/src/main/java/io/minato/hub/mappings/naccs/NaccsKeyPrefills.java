package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.DealFields.BILL_OF_LADING_NUMBER;
import static io.minato.hub.mappings.naccs.DealFields.BOOKING_NUMBER;
import static io.minato.hub.mappings.naccs.DealFields.EXPORT_CONTROL_NUMBER;
import static io.minato.hub.mappings.naccs.DealFields.EXPORT_DECLARATION_NUMBER;
import static io.minato.hub.mappings.naccs.DealFields.FIRST_CONTAINER;
import static io.minato.hub.mappings.naccs.DealFields.IMPORT_DECLARATION_NUMBER;
import static io.minato.hub.mappings.naccs.DealFields.VESSEL_NAME;
import static java.util.Map.entry;

import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The call-ups, declarations of registered items and inquiries whose input is a deal's keys. */
public final class NaccsKeyPrefills {

    private NaccsKeyPrefills() {
    }

    public static List<NaccsPrefill> all() {
        return List.of(
                KeyPrefill.allKeys("ECR11", keys(entry("exportControlNumber", EXPORT_CONTROL_NUMBER))),
                KeyPrefill.allKeys("EDC", keys(entry("declarationNumber", EXPORT_DECLARATION_NUMBER))),
                KeyPrefill.allKeys("IEX", keys(entry("declarationNumber", EXPORT_DECLARATION_NUMBER))),
                KeyPrefill.allKeys("IDC", keys(entry("declarationNumber", IMPORT_DECLARATION_NUMBER))),
                KeyPrefill.allKeys("IID", keys(entry("declarationNumber", IMPORT_DECLARATION_NUMBER))),
                KeyPrefill.allKeys("ICN", keys(entry("containerNumber", FIRST_CONTAINER))),
                // an import deal's B/L is its key; an export deal is found by booking before the B/L exists
                KeyPrefill.oneKey("ICG", keys(entry("billOfLadingNumber", BILL_OF_LADING_NUMBER),
                        entry("bookingNumber", BOOKING_NUMBER), entry("exportControlNumber", EXPORT_CONTROL_NUMBER),
                        entry("containerNumber", FIRST_CONTAINER))),
                // no document carries the NACCS vessel code: that is what the inquiry finds by name
                KeyPrefill.oneKey("IVK", keys(entry("vesselCode", List.of()), entry("vesselName", VESSEL_NAME))));
    }

    /** Item → fields, in the order given: the order keys are tried in. */
    @SafeVarargs
    private static Map<String, List<Field>> keys(Map.Entry<String, List<Field>>... entries) {
        Map<String, List<Field>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, List<Field>> entry : entries) {
            keys.put(entry.getKey(), entry.getValue());
        }
        return keys;
    }
}
