package io.minato.hub.mappings.naccs.output;

import java.time.Duration;

/** What retrieving pending outputs (SYG) needs from storage: input numbers and a claim per period. */
public interface NaccsRetrievalLedger {

    /** A fresh 入力情報特定番号 from the sequence every NACCS input uses. */
    String nextInputIdNumber();

    /**
     * Whether this hub instance may run {@code name} now: true for exactly one caller per
     * {@code period} across every instance sharing the database.
     */
    boolean claimScheduledRun(String name, Duration period);
}
