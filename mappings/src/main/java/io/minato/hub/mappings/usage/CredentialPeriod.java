package io.minato.hub.mappings.usage;

import java.time.Instant;
import java.util.Objects;

/**
 * How long a system vendor held production API credentials (本番環境へのAPI接続情報): from issue to
 * revocation, open while not revoked.
 */
public record CredentialPeriod(Instant issuedAt, Instant revokedAt) {

    public CredentialPeriod {
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (revokedAt != null && revokedAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("credentials revoked at " + revokedAt + " before their issue at " + issuedAt);
        }
    }

    /** Whether the credentials were issued at any moment of [from, until). */
    boolean heldDuring(Instant from, Instant until) {
        return issuedAt.isBefore(until) && (revokedAt == null || revokedAt.isAfter(from));
    }
}
