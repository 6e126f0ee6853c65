package io.minato.hub.app.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the shared-field list at start-up, so a broken {@code documents/shared-fields.yml} stops the
 * hub naming the problem. {@code minato.documents.shared-fields} points elsewhere ({@code file:…} or
 * {@code classpath:…}).
 */
@Configuration(proxyBeanMethods = false)
class SharedFieldsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SharedFieldsConfiguration.class);

    @Bean
    SharedFields sharedFields(ResourceLoader resources,
                              @Value("${minato.documents.shared-fields:classpath:documents/shared-fields.yml}")
                              String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("the shared-field list " + location + " does not exist"
                    + " / 共有項目の設定ファイルがありません");
        }
        try (InputStream in = resource.getInputStream()) {
            SharedFields fields = SharedFields.parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            log.info("edit lock: shared fields from {}, triggers {}", location, fields.triggers());
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shared-field list " + location, e);
        }
    }
}
