package io.minato.hub.app.security.oauth;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization server keeps nothing about the tokens it issues. A client-credentials access token
 * is a self-contained JWT, and the API checks its client against {@code oauth_clients} on every request
 * (that is how revoking a client ends its tokens), so nothing asks for a stored authorization; the
 * library's default, an in-memory store, would instead keep every token ever issued until the process
 * ends. Introspection and token revocation, which would need the store, are not offered.
 */
final class UnrememberedAuthorizations implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // nothing to keep: see the class comment
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing was kept
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
