package io.minato.hub.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The invitation page is open (the token is the proof) but a form: it keeps CSRF protection, with the
 * token in the HTTP session. Ordered after the API and before a portal chain that takes every other
 * path, so the page works with or without the portal.
 */
@Configuration(proxyBeanMethods = false)
class InvitationPageSecurity {

    @Bean
    @Order(30)
    SecurityFilterChain invitationPage(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/invitation", "/invitation/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
