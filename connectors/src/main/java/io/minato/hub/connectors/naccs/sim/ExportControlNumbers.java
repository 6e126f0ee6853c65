package io.minato.hub.connectors.naccs.sim;

import java.time.Clock;
import java.time.Year;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 輸出管理番号 (export control number) as the simulator assigns it: year + 7-digit sequence, 11
 * digits like a declaration number. Unique within one simulator run — the simulator's choice, the
 * real number format is NACCS's.
 */
final class ExportControlNumbers {

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    ExportControlNumbers(Clock clock) {
        this.clock = clock;
    }

    String next() {
        return String.format("%04d%07d", Year.now(clock).getValue(), sequence.incrementAndGet());
    }
}
