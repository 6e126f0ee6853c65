package io.minato.hub.app;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' HTTP client: Apache HttpClient 5 (on the classpath through camel-http) retries a GET answered
 * 429 or 503 after its Retry-After by itself, which would hide the hub's limits from the tests and sleep
 * until a day's limit resets. Tests must see every answer as the hub gave it.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestHttpClient {

    @Bean
    ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
    }
}
