package io.minato.hub.routes.naccs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Retrieving outputs NACCS holds for the hub's NACCS user (業務 SYG): on demand
 * ({@code POST /api/v1/naccs/retrieval}) and on a schedule.
 *
 * @param enabled       whether the schedule runs (route {@value NaccsRetrievalRoute#POLL})
 * @param period        how often; one hub instance among many sends per period (a database claim)
 * @param scheduledCode what the schedule asks: {@code REF} (list what is held) or an output code / {@code ALL}
 * @param pullListed    when a list of held outputs arrives, pull every listed code
 * @param layouts       where SYG's input layout is, if not with the other layouts ({@code minato.naccs.layouts})
 */
@Validated
@ConfigurationProperties("minato.naccs.retrieval")
public record NaccsRetrievalSettings(boolean enabled, @NotNull Duration period, @NotBlank String scheduledCode,
                                     boolean pullListed, String layouts) {

    public NaccsRetrievalSettings {
        period = period == null ? Duration.ofMinutes(10) : period;
        scheduledCode = scheduledCode == null || scheduledCode.isBlank() ? "REF" : scheduledCode;
    }
}
