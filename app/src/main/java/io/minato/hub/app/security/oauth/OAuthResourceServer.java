package io.minato.hub.app.security.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * How the API chain takes OAuth2 access tokens ({@code Authorization: Bearer <jwt>}): Spring Security's
 * resource server checks the signature (the hub's own key), issuer and lifetime, then the client is
 * looked up ({@link ClientJwtConverter}) and the request runs as the company's system. A token that
 * fails any of it is answered 401 problem+json, never run anonymously.
 *
 * <p>The tokens get an authentication manager of their own: the chain's shared one also holds the
 * people's password login, which publishes login successes and failures that a token is not.
 */
@Component
public class OAuthResourceServer {

    private final ProviderManager tokens;
    private final ProblemJsonRefusal refusal;

    OAuthResourceServer(JwtDecoder decoder, OAuthClients clients, ObjectMapper json) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new ClientJwtConverter(clients));
        this.tokens = new ProviderManager(provider);
        this.refusal = new ProblemJsonRefusal(json);
    }

    /** For {@code http.oauth2ResourceServer(oauth::configure)}. */
    public void configure(OAuth2ResourceServerConfigurer<HttpSecurity> server) {
        server.bearerTokenResolver(new JwtBearerTokenResolver())
                .authenticationEntryPoint(refusal)
                .jwt(jwt -> jwt.authenticationManager(tokens));
    }
}
