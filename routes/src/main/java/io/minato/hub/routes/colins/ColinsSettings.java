package io.minato.hub.routes.colins;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Colins connection ({@code minato.colins}).
 *
 * @param baseUrl         the Colins API, e.g. {@code https://colins.example/colins/v1} (the simulator by default)
 * @param clientId        the platform's client id at Colins (HTTP Basic user)
 * @param clientSecret    its secret; set {@code MINATO_COLINS_CLIENT_SECRET}, never logged
 * @param inboundQueue    the Artemis queue archived pages wait on to be processed
 * @param pageSize        records asked per page of the changes feed
 * @param maxPagesPerPoll pages one poll reads at most; the rest waits for the next poll
 * @param terminals       the consent list ({@code classpath:colins/terminals.yml} or {@code file:…}; a file
 *                        is read again when it changes)
 * @param poll            the schedule
 */
@Validated
@ConfigurationProperties("minato.colins")
public record ColinsSettings(@NotBlank String baseUrl, @NotBlank String clientId, @NotBlank String clientSecret,
                             @NotBlank String inboundQueue, @Min(1) @Max(1000) int pageSize,
                             @Min(1) int maxPagesPerPoll, @NotBlank String terminals, @NotNull @Valid Poll poll) {

    /**
     * @param enabled      whether the schedule runs (route {@value ColinsPollingRoute#TIMER}); a poll can
     *                     always be asked for ({@code POST /api/v1/colins/poll})
     * @param period       how often; one hub instance polls at a time (a PostgreSQL advisory lock)
     * @param initialDelay the first poll after start
     */
    public record Poll(boolean enabled, @NotNull Duration period, @NotNull Duration initialDelay) {
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ColinsSettings[" + baseUrl + ", client " + clientId + ", queue " + inboundQueue + ", pages of "
                + pageSize + ", terminals " + terminals + ", " + poll + "]";
    }
}
