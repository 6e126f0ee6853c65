package io.minato.hub.app.colins;

import java.time.OffsetDateTime;

/**
 * A deal's Colins auto-update switch (自動更新の有効／無効).
 *
 * @param changedBy who switched it last (login or {@code key:<id>}); null if nobody ever did (off)
 */
public record AutoUpdateSwitch(long dealId, boolean enabled, String changedBy, OffsetDateTime changedAt) {

    static AutoUpdateSwitch never(long dealId) {
        return new AutoUpdateSwitch(dealId, false, null, null);
    }
}
