package io.minato.hub.app.colins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.minato.hub.mappings.colins.ColinsPollLock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Colins poll is a singleton across hub instances. A second instance is played by a second poll lock on
 * a connection pool of its own to the same PostgreSQL, as another hub process would have; the simulator
 * counts the changes requests that reach it, so a poll that ran where it should have skipped shows.
 */
class ColinsPollSingletonIT extends ColinsItSupport {

    @Autowired
    DataSource hubPool;

    private HikariDataSource otherInstancePool;
    private ColinsPollLock otherInstance;

    @BeforeEach
    void secondInstance() {
        HikariDataSource hub = (HikariDataSource) hubPool;
        otherInstancePool = new HikariDataSource();
        otherInstancePool.setJdbcUrl(hub.getJdbcUrl());
        otherInstancePool.setUsername(hub.getUsername());
        otherInstancePool.setPassword(hub.getPassword());
        otherInstancePool.setMaximumPoolSize(2);
        otherInstancePool.setPoolName("colins-it-other-instance");
        otherInstance = new AdvisoryColinsPollLock(otherInstancePool);
    }

    @AfterEach
    void closeSecondInstance() {
        resumeColins();
        otherInstancePool.close();
    }

    @Test
    void whileAnotherInstancePollsThisOneSkipsItsTurnAndAsksColinsNothing() {
        int requestsBefore = colinsStats().get("changesRequests").asInt();
        JsonNode skipped;
        try (ColinsPollLock.Held polling = otherInstance.tryAcquire().orElseThrow()) {
            skipped = poll();
        }

        assertThat(skipped.get("ran").asBoolean()).isFalse();
        assertThat(colinsStats().get("changesRequests").asInt()).isEqualTo(requestsBefore);

        // the other instance is done: this one polls again
        JsonNode ran = poll();
        assertThat(ran.get("ran").asBoolean()).isTrue();
        assertThat(colinsStats().get("changesRequests").asInt()).isGreaterThan(requestsBefore);
    }

    @Test
    void twoPollsAtOnceReachColinsOnce() throws Exception {
        String container = containerNo();
        report(record("EXPORT_STATUS", "TYO-OI6", "containerNo", container, "receivingAllowed", true));
        int requestsBefore = colinsStats().get("changesRequests").asInt();
        pauseColins();

        // the first poll takes the lock and waits for Colins to answer
        CompletableFuture<JsonNode> first = CompletableFuture.supplyAsync(this::poll);
        await().atMost(Duration.ofSeconds(20)).until(() -> colinsStats().get("waiting").asInt() == 1);

        // meanwhile a second instance cannot take the lock, and a second poll here skips
        Optional<ColinsPollLock.Held> other = otherInstance.tryAcquire();
        JsonNode second = poll();
        assertThat(other).isEmpty();
        assertThat(second.get("ran").asBoolean()).isFalse();
        assertThat(colinsStats().get("changesRequests").asInt()).isEqualTo(requestsBefore + 1);

        resumeColins();
        JsonNode firstOutcome = first.get(30, TimeUnit.SECONDS);
        assertThat(firstOutcome.get("ran").asBoolean()).isTrue();
        for (JsonNode id : firstOutcome.get("wireMessages")) {
            awaitFinished(id.asLong());
        }
        assertThat(http.getForObject("/api/v1/colins/export-status?containerNo={c}", JsonNode.class, container))
                .hasSize(1);
        // and once the first let go, the other instance gets the lock
        try (ColinsPollLock.Held held = otherInstance.tryAcquire().orElseThrow()) {
            assertThat(held).isNotNull();
        }
    }
}
