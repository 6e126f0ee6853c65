package io.minato.hub.app.wire;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minato.limits.inbound}: how many inbound messages a company's partners may have processed per
 * window; more wait (DEFERRED) and are processed as the window moves on.
 *
 * @param perWindow messages per window for a company without an entry in {@code companies}; 0 = no limit
 * @param window    the sliding window the limit counts in
 * @param companies company code → messages per window
 */
@ConfigurationProperties("minato.limits.inbound")
record InboundLimitSettings(@DefaultValue("0") int perWindow, @DefaultValue("PT1M") Duration window,
                            Map<String, Integer> companies) {

    InboundLimitSettings {
        companies = companies == null ? Map.of() : Map.copyOf(companies);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("minato.limits.inbound.window must be positive, not " + window);
        }
    }

    /** The company's limit, 0 for none. */
    int limit(String companyCode) {
        return companies.getOrDefault(companyCode, perWindow);
    }
}
