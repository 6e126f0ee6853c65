package io.minato.hub.app.security.oauth;

import java.time.OffsetDateTime;

/** An OAuth2 client as its company sees it: never the secret or its hash. */
public record OAuthClientView(long id, String clientId, String name, String environment, OffsetDateTime issuedAt,
                              OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
}
