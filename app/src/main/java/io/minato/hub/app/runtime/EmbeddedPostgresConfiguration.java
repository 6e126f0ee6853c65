package io.minato.hub.app.runtime;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Real PostgreSQL 17 binaries (zonky) started inside the hub, so the default runtime needs no
 * installed database. zonky turns fsync and synchronous_commit off for speed; a hub must not lose
 * committed messages in a crash, so the durable setting turns both back on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "minato.db.embedded", havingValue = "true")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException {
        Files.createDirectories(settings.dataDirectory());
        String durability = settings.durable() ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(settings.dataDirectory())
                .setCleanDataDirectory(false)
                .setPort(settings.port())
                .setServerConfig("fsync", durability)
                .setServerConfig("synchronous_commit", durability)
                .setServerConfig("full_page_writes", durability)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        log.info("embedded PostgreSQL on port {} with data in {} (fsync={})", postgres.getPort(),
                settings.dataDirectory().toAbsolutePath(), durability);
        return postgres;
    }

    /** Pool settings still come from {@code spring.datasource.hikari.*}; only the address is ours. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("minato-embedded");
        return dataSource;
    }
}
