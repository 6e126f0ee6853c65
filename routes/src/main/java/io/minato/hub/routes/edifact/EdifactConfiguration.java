package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.EdifactReader;
import io.minato.hub.mappings.edifact.InboundMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One EDIFACT reader for the life of the application, knowing every inbound message type: its
 * Smooks instance and message structures are built once and warmed up in the background at
 * start-up instead of on the first partner's message.
 */
@Configuration(proxyBeanMethods = false)
class EdifactConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EdifactConfiguration.class);

    @Bean(destroyMethod = "close")
    EdifactReader edifactReader() {
        return InboundMappers.reader();
    }

    @Bean
    WarmUp edifactWarmUp(EdifactReader reader, @Value("${minato.edifact.warm-up:true}") boolean enabled) {
        return new WarmUp(reader, enabled);
    }

    /** Compiles the schema in the background once the hub is up; a message arriving first just waits. */
    static final class WarmUp {
        private final EdifactReader reader;
        private final boolean enabled;

        WarmUp(EdifactReader reader, boolean enabled) {
            this.reader = reader;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            if (!enabled) {
                return;
            }
            Thread thread = new Thread(this::run, "edifact-warm-up");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            long started = System.nanoTime();
            try {
                reader.warmUp();
                log.info("EDIFACT reader warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("EDIFACT reader warm-up failed; the first message will load the structures", e);
            }
        }
    }
}
