package io.minato.hub.app.security.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadata;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationServerMetadataClaimNames;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The hub as an OAuth2 authorization server for one flow only: client credentials
 * ({@code POST /oauth2/token}, client_secret_basic or client_secret_post) issuing RS256-signed JWTs,
 * with the public key at {@code GET /oauth2/jwks} and the server's metadata under
 * {@code /.well-known/}. Spring Authorization Server does the protocol.
 *
 * <p>Its chain comes before the API's (order 5 &lt; 10) and matches only those endpoints: the library's
 * other endpoints (authorization code, device flow, introspection, revocation) never see a request,
 * OpenID Connect is not switched on, and no login page is added anywhere. The portal's chain keeps its
 * own form login.
 */
@Configuration(proxyBeanMethods = false)
class OAuthConfiguration {

    @Bean
    @Order(5)
    SecurityFilterChain authorizationServer(HttpSecurity http, AuthorizationServerSettings settings) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher published = new OrRequestMatcher(paths.matcher(HttpMethod.GET, settings.getJwkSetEndpoint()),
                paths.matcher("/.well-known/**"));
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher(settings.getTokenEndpoint()), published))
                .with(OAuth2AuthorizationServerConfigurer.authorizationServer(), server -> server
                        .authorizationService(new UnrememberedAuthorizations())
                        .authorizationServerMetadataEndpoint(metadata -> metadata
                                .authorizationServerMetadataCustomizer(OAuthConfiguration::offeredOnly)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(published).permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /** One issuer for every instance, not one derived from each request's host. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(OAuthSettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
    }

    /** Signs tokens (private key) and publishes the public key at /oauth2/jwks. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.jwkSet());
    }

    /**
     * Checks access tokens on /api/**: RS256 with the hub's key, this hub's issuer, not expired (a minute's
     * clock skew between instances allowed), and naming a client and company.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, OAuthSettings settings) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // the claims are checked by the validators below, which name what is wrong
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new JwtClaimValidator<Object>(CompanyClaims.CLIENT_ID, Objects::nonNull),
                new JwtClaimValidator<Object>(CompanyClaims.COMPANY_ID, Objects::nonNull)));
        return decoder;
    }

    /**
     * The metadata names what is offered: client credentials with a secret. The library insists on an
     * authorization endpoint and response types (RFC 8414 makes them required), so those stay listed.
     */
    private static void offeredOnly(OAuth2AuthorizationServerMetadata.Builder metadata) {
        metadata.grantTypes(types -> types.retainAll(List.of(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue())))
                .tokenEndpointAuthenticationMethods(methods -> methods.retainAll(List.of(
                        ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(),
                        ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue())))
                .claims(claims -> List.of(
                        OAuth2AuthorizationServerMetadataClaimNames.DEVICE_AUTHORIZATION_ENDPOINT,
                        OAuth2AuthorizationServerMetadataClaimNames.REVOCATION_ENDPOINT,
                        OAuth2AuthorizationServerMetadataClaimNames.REVOCATION_ENDPOINT_AUTH_METHODS_SUPPORTED,
                        OAuth2AuthorizationServerMetadataClaimNames.INTROSPECTION_ENDPOINT,
                        OAuth2AuthorizationServerMetadataClaimNames.INTROSPECTION_ENDPOINT_AUTH_METHODS_SUPPORTED,
                        OAuth2AuthorizationServerMetadataClaimNames.CODE_CHALLENGE_METHODS_SUPPORTED,
                        OAuth2AuthorizationServerMetadataClaimNames.PUSHED_AUTHORIZATION_REQUEST_ENDPOINT,
                        OAuth2AuthorizationServerMetadataClaimNames.DPOP_SIGNING_ALG_VALUES_SUPPORTED,
                        OAuth2AuthorizationServerMetadataClaimNames.TLS_CLIENT_CERTIFICATE_BOUND_ACCESS_TOKENS)
                        .forEach(claims::remove));
    }
}
