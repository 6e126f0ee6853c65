package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's API keys (system access, scoped to the company). A key reads
 * {@code mk_<key id>_<secret>}; the key id is public and finds the row, the secret is 256 random bits
 * kept only as its SHA-256. A slow password hash would buy nothing against a secret of that strength
 * and would cost every API request tens of milliseconds.
 */
@Service
public class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("mk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

    private final ApiKeyMapper mapper;

    ApiKeys(ApiKeyMapper mapper) {
        this.mapper = mapper;
    }

    /** A key just issued: the only time its secret is shown. */
    public record IssuedKey(long id, String keyId, String name, String environment, String apiKey) {
    }

    @Transactional
    public IssuedKey issue(long partyId, String name, String environment, Long createdBy) {
        String keyId = HexFormat.of().formatHex(Tokens.random(8));
        String secret = Tokens.random256();
        long id = mapper.insert(partyId, keyId, Tokens.sha256(secret), name, environment, createdBy);
        return new IssuedKey(id, keyId, name, environment, "mk_" + keyId + "_" + secret);
    }

    public List<ApiKeyView> list(long partyId) {
        return mapper.findByParty(partyId);
    }

    @Transactional
    public void revoke(long partyId, long id) {
        if (mapper.revoke(partyId, id) == 0) {
            throw ApiException.notFound("active API key", id);
        }
    }

    /** The caller a presented key stands for; empty when it is malformed, unknown, revoked or wrong. */
    @Transactional
    public Optional<Caller> authenticate(String presented) {
        Matcher matcher = FORMAT.matcher(presented == null ? "" : presented.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyMapper.KeyRow> row = mapper.findActive(matcher.group(1))
                .filter(key -> MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII),
                        Tokens.sha256(matcher.group(2)).getBytes(StandardCharsets.US_ASCII)));
        row.ifPresent(key -> mapper.touch(key.keyId()));
        return row.map(key -> new Caller(Caller.Kind.API_CLIENT, null, "key:" + key.keyId(), key.partyId(),
                key.partyCode(), null, key.businessTypes() == null || key.businessTypes().isEmpty()
                        ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(key.businessTypes())));
    }
}
