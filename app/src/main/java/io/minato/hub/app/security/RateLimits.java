package io.minato.hub.app.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Per-company API request limits (利用制限): a token bucket per company (the operator, acting for none, is
 * not limited), refilled evenly over the minute so a burst cannot take a whole minute's allowance at
 * once. Buckets live in this hub instance: with N instances behind a balancer a company gets up to N
 * times the figure, which the configuration divides if it must be exact.
 */
@Component
@ConfigurationProperties("minato.limits")
public class RateLimits {

    /** Requests per minute for a company without an entry in {@code companies}. */
    private int apiRequestsPerMinute = 600;
    /** Company code → requests per minute. */
    private Map<String, Integer> companies = Map.of();

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the company's allowance; answers how long to wait when none is left. */
    public Duration take(String companyCode) {
        Bucket bucket = buckets.computeIfAbsent(companyCode, code -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute(code)).refillGreedy(perMinute(code), Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    public int perMinute(String companyCode) {
        return companies.getOrDefault(companyCode, apiRequestsPerMinute);
    }

    public int getApiRequestsPerMinute() {
        return apiRequestsPerMinute;
    }

    public void setApiRequestsPerMinute(int apiRequestsPerMinute) {
        this.apiRequestsPerMinute = apiRequestsPerMinute;
    }

    public Map<String, Integer> getCompanies() {
        return companies;
    }

    public void setCompanies(Map<String, Integer> companies) {
        this.companies = Map.copyOf(companies);
    }
}
