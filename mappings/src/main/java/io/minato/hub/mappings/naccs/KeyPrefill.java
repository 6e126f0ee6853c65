package io.minato.hub.mappings.naccs;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A business whose input is a few keys the deal's documents already carry: call-ups (ECR11), declarations
 * of registered items (EDC, IDC) and inquiries (ICG, IEX, …). Each key lists the document fields it may
 * come from, most trusted first.
 *
 * @param businessCode business code
 * @param feeds        document types the keys come from
 * @param oneKey       the business is keyed by any one of the keys (ICG: B/L, booking, container…): the
 *                     first key found is filled and the others do not apply, as a second key would only
 *                     narrow or contradict the inquiry
 * @param keys         item name → fields, in the order keys are tried
 */
record KeyPrefill(String businessCode, List<DocumentType> feeds, boolean oneKey, Map<String, List<Field>> keys)
        implements NaccsPrefill {

    KeyPrefill {
        Objects.requireNonNull(businessCode, "businessCode");
        feeds = List.copyOf(feeds);
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** A business whose keys are each filled where the documents have them. */
    static KeyPrefill allKeys(String businessCode, Map<String, List<Field>> keys) {
        return new KeyPrefill(businessCode, feedsOf(keys), false, keys);
    }

    /** A business keyed by the first of the keys the documents have. */
    static KeyPrefill oneKey(String businessCode, Map<String, List<Field>> keys) {
        return new KeyPrefill(businessCode, feedsOf(keys), true, keys);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode, documents);
        String given = null;
        for (Map.Entry<String, List<Field>> key : keys.entrySet()) {
            if (oneKey && given != null) {
                builder.notApplicable(key.getKey(), businessCode + " is keyed by one item and " + given
                        + " is given");
            } else if (builder.text(key.getKey(), key.getValue().toArray(Field[]::new))) {
                given = key.getKey();
            }
        }
        return builder.build(layoutItems);
    }

    private static List<DocumentType> feedsOf(Map<String, List<Field>> keys) {
        return keys.values().stream().flatMap(List::stream).map(Field::type).distinct().toList();
    }
}
