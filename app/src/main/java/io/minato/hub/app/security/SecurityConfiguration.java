package io.minato.hub.app.security;

import io.minato.hub.app.security.oauth.OAuthResourceServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call the API: every {@code /api/**} request is a platform user (HTTP Basic) or a company's
 * system (API key, {@link ApiKeyFilter}, or an OAuth2 access token, {@link OAuthResourceServer}; the
 * token endpoint has its own chain, ordered before this one); stateless, so CSRF protection has nothing to protect and is
 * off here (the portal's own chain keeps it). Open without a login: the OpenAPI description and
 * Swagger UI, health, the permission matrix (published defaults), accepting an invitation and
 * changing a password (both prove who it is in the body: a one-time token, or the current password,
 * which is how an initial password that may not log in is replaced).
 *
 * <p>Each company's requests count against its limit per minute ({@link RateLimits}, 429 past it).
 *
 * <p>What a caller may see or change is decided past this point, per deal and document, by
 * {@code DealAccess} (the permission matrix) and per company by the controllers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, RateLimits limits, Callers callers,
                            OAuthResourceServer oauth) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new ApiKeyFilter(apiKeys), BasicAuthenticationFilter.class)
                .oauth2ResourceServer(oauth::configure)
                .addFilterAfter(new RateLimitFilter(limits, callers), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**",
                                "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/permissions/matrix").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/invitations/*", "/api/v1/password-change").permitAll()
                        // TradeWaltz proves itself by the webhook's HMAC signature, checked by the receiver
                        .requestMatchers(HttpMethod.POST, "/api/v1/tradewaltz/webhook").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/invitations/*").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /** {@code {bcrypt}…} today; the prefix lets a later change move to Argon2 without invalidating hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
