package io.minato.hub.mappings.colins;

import java.util.List;

/**
 * Lets Colins data update a deal whose auto-update switch is on (terms annex 1.3.2: 取引・帳票データの自動更新).
 * The values are meant to reach the deal's documents through the root document; until the root document
 * exists, an implementation may only record what Colins said on the deal's timeline.
 */
public interface ColinsDealUpdates {

    /**
     * Applies the record's values to the deal. Idempotent per deal and record version: a redelivered
     * page applies nothing twice.
     *
     * @return whether anything was applied or recorded (false when this version was already)
     */
    boolean apply(long dealId, List<ColinsField> fields, ColinsSource source);
}
