package io.minato.hub.app.security.oauth;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's view of {@code oauth_clients}. Written over MyBatis rather than with the
 * library's {@code JdbcRegisteredClientRepository}: that one wants its own schema (serialized settings,
 * redirect URIs and scopes for flows the hub does not offer) and a {@code JdbcTemplate} beside MyBatis,
 * while every client here is the same thing: client credentials only, secret basic or post, a
 * self-contained JWT. What varies per client (id, secret hash, company) is in our own table, next to
 * what billing needs (environment, issued/revoked).
 */
@Component
class MyBatisRegisteredClientRepository implements RegisteredClientRepository {

    static final String COMPANY_ID = "minato.company-id";
    static final String COMPANY_CODE = "minato.company-code";
    static final String ENVIRONMENT = "minato.environment";

    private final OAuthClientMapper mapper;
    private final OAuthSettings settings;

    MyBatisRegisteredClientRepository(OAuthClientMapper mapper, OAuthSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /**
     * Only ever called to store a secret re-hashed because the password encoder wants a stronger hash;
     * clients are registered through {@link OAuthClients}, with their company.
     */
    @Override
    public void save(RegisteredClient client) {
        if (mapper.updateSecretHash(client.getClientId(), client.getClientSecret()) == 0) {
            throw new IllegalStateException("OAuth client " + client.getClientId() + " is not registered (or was"
                    + " revoked); clients are registered through POST /api/v1/companies/{code}/oauth-clients");
        }
    }

    /** The registered client's id is its client id: the hub has no second identifier to offer. */
    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    /** Null for a revoked client or one of a suspended company: the token endpoint then answers invalid_client. */
    @Override
    public RegisteredClient findByClientId(String clientId) {
        return mapper.findActive(clientId).map(this::toRegisteredClient).orElse(null);
    }

    private RegisteredClient toRegisteredClient(OAuthClientMapper.ClientRow row) {
        return RegisteredClient.withId(row.clientId())
                .clientId(row.clientId())
                .clientSecret(row.secretHash())
                .clientIdIssuedAt(row.issuedAt().toInstant())
                .clientName(row.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(COMPANY_ID, row.partyId())
                        .setting(COMPANY_CODE, row.partyCode())
                        .setting(ENVIRONMENT, row.environment())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(settings.accessTokenLifetime())
                        .build())
                .build();
    }
}
