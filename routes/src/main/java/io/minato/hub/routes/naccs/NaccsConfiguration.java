package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.NaccsBusinessRegistry;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * NACCS layouts and the business registry are data: the licensed item tables can replace the shipped
 * ones without a build. Both are loaded and validated here, at start-up, so that a broken file stops the
 * hub with file, line and problem instead of failing the first message of that business.
 */
@Configuration(proxyBeanMethods = false)
class NaccsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NaccsConfiguration.class);

    @Bean
    NaccsBusinessRegistry naccsBusinessRegistry(
            @Value("${minato.naccs.businesses:" + NaccsBusinessRegistry.DEFAULT_LOCATION + "}") String location) {
        return NaccsBusinessRegistry.load(location);
    }

    @Bean
    NaccsLayouts naccsLayouts(@Value("${minato.naccs.layouts:" + NaccsLayouts.DEFAULT_LOCATION + "}") String location,
                              NaccsBusinessRegistry registry) {
        NaccsLayouts layouts = NaccsLayouts.at(location);
        int count = layouts.validateAll(registry).size();
        log.info("NACCS: {} businesses from {}, {} layouts from {}", registry.all().size(), registry.file(), count,
                layouts.location());
        return layouts;
    }
}
