package io.minato.hub.app.runtime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL of the default runtime. With {@code embedded=false} the standard
 * {@code spring.datasource.*} settings point at an external server instead.
 *
 * @param embedded      start PostgreSQL inside the hub
 * @param dataDirectory where its cluster lives; kept across restarts
 * @param port          its port on loopback, 0 for any free port
 * @param durable       fsync and synchronous_commit on: data survives a crash (off only in tests)
 */
@Validated
@ConfigurationProperties("minato.db")
public record DatabaseSettings(boolean embedded, @NotNull Path dataDirectory, @PositiveOrZero int port,
                               boolean durable) {
}
