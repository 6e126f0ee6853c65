package io.minato.hub.app.limits;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minato.limits.load}: その他のシステム負荷状況による制限 (annex table 1). How many heavy jobs (bulk downloads)
 * a company may have queued or running at once; the operator may tighten it at runtime
 * ({@code PUT /api/v1/limits/load}), which replaces this until it is lifted.
 *
 * @param concurrentExports bulk downloads a company without an entry in {@code companies} may have unfinished; 0 = no limit
 * @param companies         company code → bulk downloads at once
 * @param retryAfter        what a refusal tells the company to wait (Retry-After): about one job's run
 */
@ConfigurationProperties("minato.limits.load")
record LoadLimitSettings(@DefaultValue("0") int concurrentExports, Map<String, Integer> companies,
                         @DefaultValue("PT30S") Duration retryAfter) {

    LoadLimitSettings {
        companies = companies == null ? Map.of() : Map.copyOf(companies);
        if (concurrentExports < 0 || companies.values().stream().anyMatch(limit -> limit < 0)) {
            throw new IllegalArgumentException("minato.limits.load.concurrent-exports must be 0 (no limit) or more");
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("minato.limits.load.retry-after must be positive, not " + retryAfter);
        }
    }

    /** The configured limit of the company, 0 for none. */
    int concurrentExports(String companyCode) {
        return companies.getOrDefault(companyCode, concurrentExports);
    }
}
