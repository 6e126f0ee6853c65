package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.ResultCodeCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Result codes in words are data too: the licensed code tables can be added without a build. */
@Configuration(proxyBeanMethods = false)
class NaccsOutputConfiguration {

    @Bean
    ResultCodeCatalog naccsResultCodes(
            @Value("${minato.naccs.result-codes:" + ResultCodeCatalog.DEFAULT_LOCATION + "}") String location) {
        return ResultCodeCatalog.load(location);
    }
}
