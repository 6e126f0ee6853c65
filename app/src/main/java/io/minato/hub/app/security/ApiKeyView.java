package io.minato.hub.app.security;

import java.time.OffsetDateTime;

/** An API key as its company sees it: never the secret or its hash. */
public record ApiKeyView(long id, String keyId, String name, String environment, OffsetDateTime createdAt,
                         OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
}
