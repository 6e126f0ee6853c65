package io.minato.hub.mappings.usage;

import java.util.Set;

/** A deal the company worked on in a month that did not count, and every rule that excluded its operations. */
public record ExcludedDeal(long dealId, Set<Exclusion> rules, UsageEvent firstOperation) {

    public ExcludedDeal {
        rules = Set.copyOf(rules);
    }
}
