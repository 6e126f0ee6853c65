package io.minato.hub.app.security.oauth;

import io.minato.hub.app.security.Caller;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A valid access token (signature, issuer, lifetime already checked) to the caller it stands for, looked
 * up in {@code oauth_clients} once per request: a revoked client's or suspended company's tokens stop
 * working at once, however long they had left, and the business types are the company's current ones.
 */
final class ClientJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OAuthClients clients;

    ClientJwtConverter(OAuthClients clients) {
        this.clients = clients;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getClaimAsString(CompanyClaims.CLIENT_ID);
        if (clientId == null || !(jwt.getClaims().get(CompanyClaims.COMPANY_ID) instanceof Number company)) {
            throw new InvalidBearerTokenException("the access token names no OAuth client or company");
        }
        Caller caller = clients.caller(clientId, company.longValue()).orElseThrow(() -> new InvalidBearerTokenException(
                "OAuth client " + clientId + " was revoked, or its company suspended"));
        return new ClientJwtAuthentication(caller);
    }
}
