package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.NaccsLayouts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** NACCS layouts are data: the licensed item tables can replace the shipped ones without a build. */
@Configuration(proxyBeanMethods = false)
class NaccsConfiguration {

    @Bean
    NaccsLayouts naccsLayouts(@Value("${minato.naccs.layouts:" + NaccsLayouts.DEFAULT_LOCATION + "}") String location) {
        return NaccsLayouts.at(location);
    }
}
