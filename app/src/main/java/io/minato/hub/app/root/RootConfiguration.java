package io.minato.hub.app.root;

import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.root.RootRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RootConfiguration {

    /** The conflict rule as root.yml states it, read and checked with the document definitions. */
    @Bean
    RootRules rootRules(DocumentDefinitions definitions) {
        return new RootRules(definitions.rootPrecedence());
    }
}
