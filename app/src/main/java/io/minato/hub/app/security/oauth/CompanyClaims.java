package io.minato.hub.app.security.oauth;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What an access token says besides the standard claims ({@code iss}, {@code sub} = client id,
 * {@code exp}, …): which client and company it acts for, so a reader of the token sees its scope. The
 * API does not trust them alone: it looks the client up on every request.
 */
@Component
class CompanyClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String CLIENT_ID = "client_id";
    static final String COMPANY_ID = "company_id";
    static final String COMPANY_CODE = "company_code";
    static final String ENVIRONMENT = "environment";

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        context.getClaims()
                .claim(CLIENT_ID, client.getClientId())
                .claim(COMPANY_ID, client.getClientSettings().<Long>getSetting(MyBatisRegisteredClientRepository.COMPANY_ID))
                .claim(COMPANY_CODE, client.getClientSettings().<String>getSetting(MyBatisRegisteredClientRepository.COMPANY_CODE))
                .claim(ENVIRONMENT, client.getClientSettings().<String>getSetting(MyBatisRegisteredClientRepository.ENVIRONMENT));
    }
}
