package io.minato.hub.mappings.tradewaltz;

import java.time.LocalDate;

/**
 * What an importer asks its forwarder to do with an arrival (依頼業務).
 *
 * @param clearance UL270's 通関区分 (IMPORT_DECLARATION, BONDED_TRANSPORT, BONDED_STORAGE); when given, the
 *                  request is also an import instruction (UL270)
 */
public record ImportHandling(String clearance, Boolean customsClearance, Boolean delivery, Boolean storage,
                             Boolean insurance, String deliveryAddress, LocalDate requestedDeliveryDate) {

    static final ImportHandling NONE = new ImportHandling(null, null, null, null, null, null, null);
}
