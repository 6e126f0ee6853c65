package io.minato.hub.app.colins;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Colins times are Japan's: the API answers them at +09:00, whatever the database session's zone. */
final class JapanTime {

    private static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private JapanTime() {
    }

    static OffsetDateTime of(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(JAPAN);
    }
}
