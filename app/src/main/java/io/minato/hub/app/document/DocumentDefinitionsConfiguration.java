package io.minato.hub.app.document;

import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the document definitions at start-up, so broken files under {@code config/documents/} stop the
 * hub naming every problem. {@code minato.documents.definitions} points elsewhere: {@code classpath:…} or a
 * directory holding root.yml, code-lists.yml and types/.
 */
@Configuration(proxyBeanMethods = false)
class DocumentDefinitionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentDefinitionsConfiguration.class);

    @Bean
    DocumentDefinitions documentDefinitions(
            @Value("${minato.documents.definitions:" + DocumentDefinitions.DEFAULT_LOCATION + "}") String location) {
        DocumentDefinitions definitions = DocumentDefinitions.load(location);
        log.info("document definitions: {} types, {} root fields from {}; edit lock triggers {}",
                definitions.all().size(), definitions.rootFields().size(), definitions.location(),
                definitions.editLockTriggers());
        return definitions;
    }

    @Bean
    SharedFields sharedFields(DocumentDefinitions definitions) {
        return SharedFields.of(definitions);
    }
}
