package io.minato.hub.mappings.colins;

import java.util.List;

/**
 * Lets Colins data update a deal whose auto-update switch is on (terms annex 1.3.2: 取引・帳票データの自動更新).
 * What Colins said is recorded on the deal's timeline; the schedule's values reach the deal's documents
 * through the root document.
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
