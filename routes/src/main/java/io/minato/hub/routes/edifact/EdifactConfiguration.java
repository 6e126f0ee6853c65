package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.IftmbcReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One IFTMBC reader for the life of the application: its Smooks instance holds the compiled DFDL
 * schema, which takes tens of seconds to build, so it is built once and warmed up at start-up
 * instead of on the first partner's message.
 */
@Configuration(proxyBeanMethods = false)
class EdifactConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EdifactConfiguration.class);

    @Bean(destroyMethod = "close")
    IftmbcReader iftmbcReader() {
        return new IftmbcReader();
    }

    @Bean
    WarmUp iftmbcWarmUp(IftmbcReader reader, @Value("${minato.edifact.warm-up:true}") boolean enabled) {
        return new WarmUp(reader, enabled);
    }

    /** Compiles the schema in the background once the hub is up; a message arriving first just waits. */
    static final class WarmUp {
        private final IftmbcReader reader;
        private final boolean enabled;

        WarmUp(IftmbcReader reader, boolean enabled) {
            this.reader = reader;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            if (!enabled) {
                return;
            }
            Thread thread = new Thread(this::run, "iftmbc-warm-up");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            long started = System.nanoTime();
            try {
                reader.warmUp();
                log.info("IFTMBC reader warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("IFTMBC reader warm-up failed; the first message will compile the schema", e);
            }
        }
    }
}
