package io.minato.hub.app.security.oauth;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's OAuth2 clients (client credentials, system access scoped to the company like an API
 * key). The client id ({@code mc_…}) is public; the secret, 256 random bits, is shown once and kept as
 * its password-encoder hash: unlike an API key it is presented only when a token is fetched (every few
 * minutes), so a slow hash costs nothing that matters.
 */
@Service
public class OAuthClients {

    /** Test or production credentials: billing (issue 7) counts the months production ones exist. */
    public enum Environment { TEST, PRODUCTION }

    /** A client just registered: the only time its secret is shown. */
    public record IssuedClient(long id, String clientId, String clientSecret, String name, String environment,
                               OffsetDateTime issuedAt) {
    }

    static final String CLIENT_ID_PREFIX = "mc_";
    private static final Logger log = LoggerFactory.getLogger(OAuthClients.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthClientMapper mapper;
    private final PasswordEncoder passwords;

    OAuthClients(OAuthClientMapper mapper, PasswordEncoder passwords) {
        this.mapper = mapper;
        this.passwords = passwords;
    }

    @Transactional
    public IssuedClient register(long companyId, String name, Environment environment, Long createdBy) {
        String clientId = CLIENT_ID_PREFIX + HexFormat.of().formatHex(random(10));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        OAuthClientMapper.Inserted row = mapper.insert(companyId, clientId, passwords.encode(secret), name,
                environment.name(), createdBy);
        log.info("registered OAuth client {} ({}) for company {}", clientId, environment, companyId);
        return new IssuedClient(row.id(), clientId, secret, name, environment.name(), row.issuedAt());
    }

    public List<OAuthClientView> list(long companyId) {
        return mapper.findByParty(companyId);
    }

    /** Its tokens are refused from the next request on (they are checked against the client each time). */
    @Transactional
    public void revoke(long companyId, long id, Long revokedBy) {
        if (mapper.revoke(companyId, id, revokedBy) == 0) {
            throw ApiException.notFound("active OAuth client", id);
        }
        log.info("revoked OAuth client {} of company {}", id, companyId);
    }

    /**
     * The caller an access token of this client stands for, with the company's business types as they are
     * now; empty when the client was revoked, its company suspended, or the token names another company.
     */
    @Transactional
    public Optional<Caller> caller(String clientId, long companyId) {
        Optional<OAuthClientMapper.ClientRow> row = mapper.findActive(clientId)
                .filter(client -> client.partyId() == companyId);
        row.ifPresent(client -> mapper.touch(client.clientId()));
        return row.map(client -> new Caller(Caller.Kind.API_CLIENT, null, "client:" + client.clientId(),
                client.partyId(), client.partyCode(), null, client.businessTypes() == null
                        || client.businessTypes().isEmpty()
                        ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(client.businessTypes())));
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
